import { join } from 'node:path';
import type { Lang, Paragraph } from '../../src/core/index.js';
import { articleSentences } from '../../src/extractors/common/sentences.js';
import type { ExtractDoc, Extractor } from '../../src/extractors/index.js';
import { enDoseExtractor } from '../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../src/extractors/vi/doses/index.js';
import { addTally, DoseItem, emptyTally, formatTally, scoreItem, type DoseMiss, type DoseTally } from './dose-score.js';
import { parseOptions, setNames } from './options.js';
import { readItems } from './read-items.js';

const EXTRACTORS: Record<Lang, Extractor> = { vi: viDoseExtractor, id: idDoseExtractor, en: enDoseExtractor };

/** One sentence as the pipeline hands it to an extractor: a one-paragraph body. */
function docOf(text: string, lang: Lang): ExtractDoc {
  const para: Paragraph = { text, lang, kind: 'body', start: 0, end: text.length };
  return {
    url: 'https://held-out.invalid/',
    text,
    lang,
    paragraphs: [para],
    sentences: articleSentences(text, [para], lang),
    publishedAt: null,
    utcOffset: '+07:00',
  };
}

function loadSplit(path: string): DoseItem[] {
  return readItems(path, DoseItem);
}

/**
 * `npm run eval:held-out -- doses [--split dev|test] [--set NAME] [--misses]`: runs the dose extractors on
 * every hand-annotated sentence of eval/held-out/doses/<set>/<split>.jsonl and prints, per language, the
 * values found, wrong values, false doses on negative sentences and status right among the values found.
 * Misses are listed only with --misses.
 */
export async function main(argv: string[]): Promise<void> {
  const { opts } = parseOptions(['doses', ...argv]);
  const root = join(import.meta.dirname, '..', '..', 'eval', 'held-out', 'doses');
  const sets = await setNames(root, opts);
  for (const set of sets) {
    for (const split of opts.splits) {
      const items = loadSplit(join(root, set, `${split}.jsonl`));
      const byLang = new Map<string, DoseTally>();
      const all = emptyTally();
      const misses: DoseMiss[] = [];
      for (const item of items) {
        const t = emptyTally();
        const facts = EXTRACTORS[item.lang].extract(docOf(item.text, item.lang));
        const got = facts.flatMap((f) => (f.type === 'dose' ? [f] : []));
        scoreItem(item, got, t, misses);
        const lt = byLang.get(item.lang) ?? emptyTally();
        addTally(lt, t);
        byLang.set(item.lang, lt);
        addTally(all, t);
      }
      console.log(`doses ${set}/${split}`);
      for (const [lang, t] of [...byLang].sort()) console.log(formatTally(`  ${lang}`, t));
      console.log(formatTally('  all', all));
      if (!opts.misses) continue;
      for (const m of misses) console.log(`    ${m.id} ${m.kind.padEnd(6)} ${m.detail}  | ${m.text}`);
    }
  }
}
