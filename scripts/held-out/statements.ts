import { readdirSync, existsSync } from 'node:fs';
import { readItems } from './read-items.js';
import { join } from 'node:path';
import { z } from 'zod';
import type { Fact, Lang } from '../../src/core/index.js';
import { EXTRACTORS } from '../../src/extractors/index.js';
import { articleToFacts } from '../../src/pipeline/article-to-facts.js';
import { plainTextArticle } from '../../src/pipeline/plain-text-article.js';
import { matchItem, type ItemMatch, type OutputJudgement, type PredictedStatement } from './statement-match.js';
import { parseOptions, type HeldOutOptions, type Split } from './options.js';

/*
 * `statements` mode: every set under eval/held-out/statements/ (or the one named by --set). An item is a
 * sentence group (`text`) or a whole article (`title` + `paragraphs`); it becomes an article through
 * plainTextArticle and runs through the pipeline (articleToFacts) with the statement extractor of its
 * language only. Figures per set, split and language: statements found with the right speaker (recall),
 * items with a wrong speaker, negatives with a false statement, precision, and right-speaker F1.
 */

const Statement = z.object({
  speaker: z.string().nullable(),
  speakerKey: z.string().nullable(),
  kind: z.enum(['person', 'organisation']),
  title: z.string().nullable(),
  org: z.string().nullable().optional(),
  direct: z.boolean(),
  cue: z.string().min(1),
});
// Where an item's text was read: a file of a public repository at a commit, or a stored public web page (the
// search tool's `pages` corpus) named by its URL.
const RepoSource = z
  .object({ repo: z.string(), path: z.string(), commit: z.string().regex(/^[0-9a-f]{40}$/u) })
  .passthrough();
const PageSource = z.object({ corpus: z.string().startsWith('pages'), url: z.string().url() }).passthrough();
const Item = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['vi', 'id', 'en']),
    text: z.string().min(1).optional(),
    title: z.string().optional(),
    paragraphs: z.array(z.string()).optional(),
    source: z.union([RepoSource, PageSource]),
    negative: z.boolean(),
    statements: z.array(Statement),
  })
  .refine((i) => (i.text === undefined) !== (i.paragraphs === undefined), 'an item has either text or paragraphs')
  .refine((i) => i.negative === (i.statements.length === 0), 'negative items, and only they, have no statements');
type Item = z.infer<typeof Item>;

export const STATEMENTS_ROOT = 'eval/held-out/statements';

export function loadItems(file: string): Item[] {
  return readItems(file, Item);
}

function predict(item: Item): PredictedStatement[] {
  const extractor = EXTRACTORS.find((e) => e.type === 'statement' && e.lang === (item.lang as Lang));
  if (!extractor) throw new Error(`no statement extractor for ${item.lang}`);
  const article = plainTextArticle(item.paragraphs ?? [item.text ?? ''], {
    lang: item.lang,
    url: `https://held-out.invalid/${item.id}`,
    ...(item.title === undefined ? {} : { title: item.title }),
  });
  const { facts } = articleToFacts(article, { extractors: [extractor] });
  return facts
    .filter((f): f is Extract<Fact, { type: 'statement' }> => f.type === 'statement')
    .map((f) => ({ ...f.speaker, kind: kindOf(f.speaker), quote: f.quote }));
}

/** The speaker's kind, when the extractor's speaker record has one. */
function kindOf(speaker: object): PredictedStatement['kind'] {
  const kind = (speaker as { kind?: unknown }).kind;
  return kind === 'person' || kind === 'organisation' ? kind : undefined;
}

export interface Figures {
  set: string;
  split: Split;
  lang: string;
  items: number;
  positiveItems: number;
  goldStatements: number;
  rightSpeaker: number;
  rightSpeakerShare: number;
  wrongSpeakerItems: number;
  wrongSpeakerItemShare: number;
  negatives: number;
  negativesWithStatement: number;
  falseStatementsOnNegatives: number;
  predicted: number;
  correct: number;
  precision: number;
  f1: number;
  /** The judge's view: of the predicted statements, how many have the right, a wrong or no speaker, or none. */
  output: OutputJudgement;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 1000) / 1000;
}

function figures(set: string, split: Split, lang: string, results: Array<{ item: Item; m: ItemMatch }>): Figures {
  const pos = results.filter((r) => !r.item.negative);
  const neg = results.filter((r) => r.item.negative);
  const gold = pos.reduce((s, r) => s + r.m.gold, 0);
  const right = pos.reduce((s, r) => s + r.m.found, 0);
  const wrongItems = pos.filter((r) => r.m.wrongSpeaker > 0).length;
  const predicted = results.reduce((s, r) => s + r.m.predicted, 0);
  const correct = results.reduce((s, r) => s + r.m.correct, 0);
  const recall = ratio(right, gold);
  const output: OutputJudgement = { right: 0, wrong: 0, noName: 0, notStatement: 0 };
  for (const { m } of results) {
    for (const k of Object.keys(output) as Array<keyof OutputJudgement>) output[k] += m.judged[k];
  }
  const precision = ratio(correct, predicted);
  return {
    set,
    split,
    lang,
    items: results.length,
    positiveItems: pos.length,
    goldStatements: gold,
    rightSpeaker: right,
    rightSpeakerShare: recall,
    wrongSpeakerItems: wrongItems,
    wrongSpeakerItemShare: ratio(wrongItems, pos.length),
    negatives: neg.length,
    negativesWithStatement: neg.filter((r) => r.m.predicted > 0).length,
    falseStatementsOnNegatives: neg.reduce((s, r) => s + r.m.predicted, 0),
    predicted,
    correct,
    precision,
    f1: recall + precision === 0 ? 0 : Math.round(((2 * recall * precision) / (recall + precision)) * 1000) / 1000,
    output,
  };
}

function describe(p: PredictedStatement | null): string {
  if (!p) return 'nothing';
  const who = `${p.name ?? '∅'} [key ${p.key ?? '∅'} | title ${p.title ?? '∅'} | org ${p.org ?? '∅'}]`;
  return `${who} «${p.quote.slice(0, 90)}»`;
}

function printMisses(results: Array<{ item: Item; m: ItemMatch }>): void {
  for (const { item, m } of results) {
    if (m.misses.length === 0 && m.extra.length === 0) continue;
    console.log(`  ${item.id}: ${(item.text ?? item.title ?? '').slice(0, 160)}`);
    for (const miss of m.misses) {
      const who = miss.gold.speaker ?? `∅ (${miss.gold.title ?? miss.gold.org ?? 'unnamed'})`;
      console.log(`    - gold ${who} «${miss.gold.cue}» → ${describe(miss.got)}`);
    }
    for (const x of m.extra) console.log(`    + false ${describe(x)}`);
  }
}

function setNames(only: string | undefined): string[] {
  if (!existsSync(STATEMENTS_ROOT)) throw new Error(`${STATEMENTS_ROOT} is missing: run from the repository root`);
  const all = readdirSync(STATEMENTS_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (only && !all.includes(only)) {
    throw new Error(`no statement set "${only}" under ${STATEMENTS_ROOT} (have: ${all.join(', ')})`);
  }
  return only ? [only] : all;
}

export function scoreStatements(opts: HeldOutOptions): Figures[] {
  const out: Figures[] = [];
  for (const set of setNames(opts.set)) {
    for (const split of opts.splits) {
      const file = join(STATEMENTS_ROOT, set, `${split}.jsonl`);
      if (!existsSync(file)) continue;
      const results = loadItems(file).map((item) => ({ item, m: matchItem(item.statements, predict(item)) }));
      const langs = [...new Set(results.map((r) => r.item.lang))].sort();
      for (const lang of langs) {
        const mine = results.filter((r) => r.item.lang === lang);
        const f = figures(set, split, lang, mine);
        out.push(f);
        if (!opts.json) printFigures(f);
        if (!opts.json && opts.misses) printMisses(mine);
      }
    }
  }
  if (opts.json) console.log(JSON.stringify(out, null, 2));
  return out;
}

function printFigures(f: Figures): void {
  console.log(
    `${f.set} ${f.split} ${f.lang}: right speaker ${f.rightSpeaker}/${f.goldStatements} = ${f.rightSpeakerShare}` +
      ` | wrong-speaker items ${f.wrongSpeakerItems}/${f.positiveItems} = ${f.wrongSpeakerItemShare}` +
      ` | negatives with a statement ${f.negativesWithStatement}/${f.negatives}` +
      ` (${f.falseStatementsOnNegatives} statements)` +
      ` | precision ${f.correct}/${f.predicted} = ${f.precision} | F1 ${f.f1}`,
  );
  const o = f.output;
  const share = (n: number): string => `${n} = ${ratio(n, f.predicted)}`;
  console.log(
    `  judged output (${f.predicted} statements): right speaker ${share(o.right)} | wrong ${share(o.wrong)}` +
      ` | no name ${share(o.noName)} | not a statement ${share(o.notStatement)}`,
  );
}

export async function main(argv: string[]): Promise<void> {
  try {
    scoreStatements(parseOptions(['statements', ...argv]).opts);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
