import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs every `bench/*.bench.ts` (default export: an async function printing its own
 * section), in name order, or only those whose name contains an argument (`npm run bench -- extraction`).
 */
const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();
for (const f of files) {
  const mod = (await import(join(here, f))) as { default?: () => Promise<void> };
  if (typeof mod.default !== 'function') throw new Error(`bench/${f}: no default export function`);
  console.log(`\n## ${f.replace('.bench.ts', '')}\n`);
  await mod.default();
}
