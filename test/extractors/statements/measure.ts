/**
 * Precision, recall and time per page of the statement extractors:
 *   npx tsx test/extractors/statements/measure.ts
 * Time is the median of repeated runs over the fixture pages' extract docs (all three statement
 * extractors on each page), plus the one-off cost of compiling the regexes on first use.
 */
import { LANGS } from '../../../src/core/index.js';
import { extractDoc } from '../../../src/pipeline/article-to-facts.js';
import { docFromText } from '../../support/doc-from-text.js';
import { pagesAnnotating } from '../../support/expected-facts.js';
import { loadFixturePage } from '../../support/fixture-page.js';
import { DEV_BATCH_1_CASES } from './cases-dev-batch-1.js';
import { DEV_BATCH_2_CASES } from './cases-dev-batch-2.js';
import { EXTRACTOR_BY_LANG, emptyTally, ratios, scoreCases, scorePages, type Tally } from './score.js';

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const coldStart = performance.now();
for (const lang of LANGS) EXTRACTOR_BY_LANG[lang].extract(docFromText(['T', 'Vu said the doses would arrive soon, he said.'], { lang }));
const cold = performance.now() - coldStart;

const fmt = (t: Tally): string => {
  const r = ratios(t);
  const n = t.expected.direct + t.expected.indirect;
  return `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} (expected ${n}, found ${t.found}; recall direct ${r.directRecall.toFixed(3)}, indirect ${r.indirectRecall.toFixed(3)})`;
};
const add = (a: Tally, b: Tally): Tally => ({
  found: a.found + b.found,
  right: a.right + b.right,
  expected: { direct: a.expected.direct + b.expected.direct, indirect: a.expected.indirect + b.expected.indirect },
  recalled: { direct: a.recalled.direct + b.recalled.direct, indirect: a.recalled.indirect + b.recalled.indirect },
});

let all = emptyTally();
for (const lang of LANGS) {
  const cases = scoreCases(lang);
  const held = scoreCases(lang, [...DEV_BATCH_1_CASES[lang], ...DEV_BATCH_2_CASES[lang]]);
  const pages = scorePages(lang);
  all = add(add(add(all, cases), held), pages);
  console.log(`${lang} written cases : ${fmt(cases)}`);
  console.log(`${lang} dev batch cases: ${fmt(held)}`);
  console.log(`${lang} fixture pages : ${fmt(pages)} [${pages.pages} pages]`);
}
console.log(`all             : ${fmt(all)}`);

const docs = pagesAnnotating('statement').map((name) => extractDoc(loadFixturePage(name)!.article));
// CPU time, not wall time: the machine is shared, and waiting for a core is not the extractor's cost.
const runs: number[] = [];
for (let r = 0; r < 15; r++) {
  const t = cpuMs();
  for (let i = 0; i < 20; i++) for (const d of docs) for (const lang of LANGS) EXTRACTOR_BY_LANG[lang].extract(d);
  runs.push((cpuMs() - t) / (20 * docs.length));
}
runs.sort((a, b) => a - b);
const chars = Math.round(docs.reduce((n, d) => n + d.text.length, 0) / docs.length);
console.log(`time (CPU): median ${runs[7]!.toFixed(3)} ms/page, best ${runs[0]!.toFixed(3)} ms/page for the three statement extractors (${docs.length} pages, ${chars} chars on average); compiling the regexes on first use: ${cold.toFixed(0)} ms wall, once per process`);
