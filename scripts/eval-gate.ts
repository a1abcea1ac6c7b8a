import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatMisses, runEval } from '../src/cli/commands/eval.js';
import { Baseline, gate } from '../src/facts/baseline.js';
import { formatReport, reportFigures } from '../src/facts/eval.js';

/**
 * `npm run eval`: scores the gold corpus (each test/fixtures/pages/<page>/expected-facts.jsonl, or --gold FILE)
 * and fails when a figure drops below its floor in test/gold/baseline.json. `--update-baseline` raises floors to the current
 * figures (and pins new ones); a floor is lowered only with `--allow-lower` as well. `--misses` lists
 * every missed, wrong and spurious fact.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'update-baseline': { type: 'boolean', default: false },
    'allow-lower': { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    gold: { type: 'string' },
    pages: { type: 'string', default: join(root, 'test/fixtures/pages') },
    baseline: { type: 'string', default: join(root, 'test/gold/baseline.json') },
  },
});

async function loadBaseline(path: string): Promise<Baseline> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return { floors: {} };
  const parsed = Baseline.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const report = await runEval(values.gold, values.pages);
const baseline = await loadBaseline(values.baseline);
const result = gate(baseline.floors, reportFigures(report), { update: values['update-baseline'], allowLower: values['allow-lower'] });
console.log(formatReport(report));
if (values.misses && report.misses.length > 0) console.log(`\n${formatMisses(report)}`);
if (report.pagesWithoutPrediction.length > 0) console.log(`\ngold pages missing from ${values.pages}: ${report.pagesWithoutPrediction.join(', ')}`);

if (values['update-baseline']) {
  if (!result.floors) {
    console.log(`\neval: not updating ${values.baseline}: lowering a floor needs --allow-lower\n  ${result.below.join('\n  ')}`);
    process.exit(1);
  }
  await writeFile(values.baseline, `${JSON.stringify({ ...baseline, floors: result.floors }, null, 2)}\n`);
  console.log(`\neval: floors written to ${values.baseline}`);
  process.exit(0);
}
if (result.unpinned.length > 0) console.log(`\nunpinned (no floor yet): ${result.unpinned.join(', ')}`);
if (result.below.length > 0) {
  console.log(`\neval: FAILED, below the floors of ${values.baseline}:\n  ${result.below.join('\n  ')}`);
  process.exit(1);
}
console.log(`\neval: ${Object.keys(baseline.floors).length} floors held`);
