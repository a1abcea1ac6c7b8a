import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folder table of the architecture note (../shared/notes/architecture.md): who may import whom.
// `core/languages` is per-language data (function words, time zones) and `facts/report` renders a feed:
// both sit inside a row of the table.
const SRC = resolve(import.meta.dirname, '../src');
const LANGUAGE_FOLDERS = ['extractors/vi', 'extractors/id', 'extractors/en'];
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  sites: ['core'],
  content: ['core', 'sites'],
  'extractors/common': ['core'],
  ...Object.fromEntries(LANGUAGE_FOLDERS.map((l) => [l, ['core', 'extractors/common']])),
  extractors: ['core', 'extractors/common', ...LANGUAGE_FOLDERS],
  facts: ['core'],
  pipeline: ['core', 'content', 'extractors', 'facts'],
  crawlers: ['core', 'sites', 'pipeline'],
  queue: ['core', 'crawlers', 'pipeline', 'facts'],
  cli: ['*'],
};

/** The row of the table a file under src/ belongs to: the longest folder prefix named in it. */
function rowOf(file: string): string | undefined {
  const rel = relative(SRC, file).split('\\').join('/');
  return Object.keys(MAY_IMPORT)
    .filter((row) => rel.startsWith(`${row}/`))
    .sort((a, b) => b.length - a.length)[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of a file, resolved to the table row of the imported file. */
function importedRows(file: string): Array<{ spec: string; row: string | undefined }> {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ spec, row: rowOf(resolve(dirname(file), spec)) }));
}

/** Whether a file of `row` may import a file of `target` (a row allows its own sub-folders' rows). */
function allows(row: string, target: string | undefined): boolean {
  const allowed = MAY_IMPORT[row] ?? [];
  if (allowed.includes('*') || target === row) return true;
  return target !== undefined && allowed.some((a) => target === a || target.startsWith(`${a}/`));
}

function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const row = rowOf(file);
    if (!row) {
      out.push(`${relative(SRC, file)}: in no folder of the architecture table`);
      continue;
    }
    for (const { spec, row: target } of importedRows(file)) {
      if (allows(row, target)) continue;
      out.push(`${relative(SRC, file)} (${row}) imports ${spec} (${target ?? 'outside the table'})`);
    }
  }
  return out;
}

describe('architecture: data flows one way', () => {
  it('every file under src/ imports only the folders its row of the table allows', () => {
    expect(violations()).toEqual([]);
  });

  it('rejects imports against the flow and across languages, allows a row its sub-folders', () => {
    const row = (path: string) => rowOf(join(SRC, path));
    expect(allows(row('content/clean-page.ts')!, row('crawlers/crawl.ts'))).toBe(false);
    expect(allows(row('queue/runtime.ts')!, row('sites/index.ts'))).toBe(false);
    expect(allows(row('extractors/vi/doses/index.ts')!, row('extractors/id/doses/index.ts'))).toBe(false);
    expect(allows(row('extractors/common/sentences.ts')!, row('content/clean-page.ts'))).toBe(false);
    expect(allows(row('pipeline/replay.ts')!, row('extractors/common/sentences.ts'))).toBe(true);
    expect(allows(row('cli/main.ts')!, row('queue/runtime.ts'))).toBe(true);
    expect(row('../bench/run.ts')).toBeUndefined();
  });

  it('only the CLI writes to stdout', () => {
    const writers = sourceFiles(SRC)
      .filter((f) => rowOf(f) !== 'cli')
      .filter((f) => /process\.stdout|console\.log\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(writers).toEqual([]);
  });
});
