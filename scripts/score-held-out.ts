import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runDates } from './held-out/dates.js';

/**
 * `npm run eval:held-out -- <type> [--split dev|test|both] [--misses]`: scores the frozen held-out sets in
 * eval/held-out/<type>/. Each type is a mode in scripts/held-out/<type>.ts. The test split prints aggregate
 * figures only unless --misses is given.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODES: Record<
  string,
  (dir: string, args: { split: 'dev' | 'test' | 'both'; misses: boolean }) => Promise<string>
> = {
  dates: runDates,
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { split: { type: 'string', default: 'both' }, misses: { type: 'boolean', default: false } },
});
const type = positionals[0];
const mode = type === undefined ? undefined : MODES[type];
const split = values.split;
if (!mode || (split !== 'dev' && split !== 'test' && split !== 'both')) {
  console.error(`usage: npm run eval:held-out -- <${Object.keys(MODES).join('|')}> [--split dev|test|both] [--misses]`);
  process.exit(2);
}
console.log(await mode(join(root, 'eval/held-out', type!), { split, misses: values.misses }));
