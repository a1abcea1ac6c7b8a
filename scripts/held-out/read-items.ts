import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** The items of one held-out JSONL file, each checked against `schema`; a bad line names its file and line. */
export function readItems<S extends z.ZodType>(path: string, schema: S): z.output<S>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (parsed.success) return parsed.data;
      const why = parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
      throw new Error(`${path}:${i + 1}: ${why}`);
    });
}
