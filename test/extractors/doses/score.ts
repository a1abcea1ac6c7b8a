/**
 * Precision and recall of the dose extractors: `npx tsx test/extractors/doses/score.ts`.
 * Phrase tables: a fact counts when value, valueMax, status and every other field its row gives are right
 * ("strict"), or when value and valueMax are ("figure"). Gold pages: each fixture page's expected-facts.jsonl
 * pages, scored as `npm run eval` does (span overlap and value).
 */
import { join } from 'node:path';
import { runEval } from '../../../src/cli/commands/eval.js';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { EN_ROWS } from './phrases/en.js';
import { ID_ROWS } from './phrases/id.js';
import { VI_ROWS } from './phrases/vi.js';
import { prf, score } from './support.js';

const f = (x: number) => x.toFixed(3);
const rows: string[][] = [['set', 'phrases', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'figure P', 'figure R']];
const total = { tp: 0, fp: 0, fn: 0, figureTp: 0, n: 0, pred: 0, gold: 0 };
for (const [lang, ex, table] of [['vi', viDoseExtractor, VI_ROWS], ['id', idDoseExtractor, ID_ROWS], ['en', enDoseExtractor, EN_ROWS]] as const) {
  const s = score(ex, table, lang);
  const strict = prf(s);
  const pred = s.tp + s.fp;
  const gold = s.tp + s.fn;
  const fig = { p: pred ? s.figureTp / pred : 1, r: gold ? s.figureTp / gold : 1 };
  rows.push([`phrases/${lang}`, String(table.length), String(s.tp), String(s.fp), String(s.fn), f(strict.p), f(strict.r), f(strict.f1), f(fig.p), f(fig.r)]);
  total.tp += s.tp; total.fp += s.fp; total.fn += s.fn; total.figureTp += s.figureTp; total.n += table.length; total.pred += pred; total.gold += gold;
}
const all = prf(total);
rows.push(['phrases/all', String(total.n), String(total.tp), String(total.fp), String(total.fn), f(all.p), f(all.r), f(all.f1), f(total.figureTp / total.pred), f(total.figureTp / total.gold)]);
console.log(rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(9))).join(' ')).join('\n'));

const root = join(import.meta.dirname, '..', '..');
const report = await runEval(undefined, join(root, 'fixtures', 'pages'));
console.log('\ngold fixture pages (figure: span overlap + value/valueMax)');
for (const [k, s] of Object.entries(report.facts)) {
  if (k.startsWith('dose/')) console.log(`${k.padEnd(12)} gold ${String(s.gold).padStart(3)} pred ${String(s.predicted).padStart(3)}  P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}`);
}

const { DEV_BATCH_1, DEV_BATCH_2, DEV_BATCH_3 } = await import('./phrases/dev-batches.js');
for (const [label, set] of [['dev batch 1', DEV_BATCH_1], ['dev batch 2', DEV_BATCH_2], ['dev batch 3', DEV_BATCH_3]] as const) {
  console.log(`\n${label} (not tests)`);
  for (const [lang, ex] of [['vi', viDoseExtractor], ['id', idDoseExtractor], ['en', enDoseExtractor]] as const) {
    const s = score(ex, set[lang], lang);
    const strict = prf(s);
    console.log(`${lang}: ${set[lang].length} phrases  TP ${s.tp} FP ${s.fp} FN ${s.fn}  P ${f(strict.p)} R ${f(strict.r)}  figure-TP ${s.figureTp}`);
  }
}
