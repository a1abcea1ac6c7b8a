import { join } from 'node:path';
import type { Lang } from '../../src/core/index.js';
import { compileNumbers, type CompiledNumbers } from '../../src/extractors/common/numbers/index.js';
import { EN_NUMBERS } from '../../src/extractors/en/numbers/index.js';
import { ID_NUMBERS } from '../../src/extractors/id/numbers/index.js';
import { VI_NUMBERS } from '../../src/extractors/vi/numbers/index.js';
import {
  addNumberTally,
  emptyNumberTally,
  formatNumberTally,
  NumberItem,
  scoreNumberItem,
  type NumberMiss,
  type NumberTally,
} from './number-score.js';
import { parseOptions, setNames } from './options.js';
import { readItems } from './read-items.js';

const GRAMMARS: Record<Lang, CompiledNumbers> = {
  vi: compileNumbers(VI_NUMBERS),
  id: compileNumbers(ID_NUMBERS),
  en: compileNumbers(EN_NUMBERS),
};

function loadSplit(path: string): NumberItem[] {
  return readItems(path, NumberItem);
}

/**
 * `npm run eval:held-out -- numbers [--split dev|test] [--set NAME] [--misses]`: reads every amount written
 * in words in eval/held-out/numbers/<set>/<split>.jsonl with the language's number grammar and prints, per
 * language, exact values, wrong values and misses. Misses are listed only with --misses.
 */
export async function main(argv: string[]): Promise<void> {
  const { opts } = parseOptions(['numbers', ...argv]);
  const root = join(import.meta.dirname, '..', '..', 'eval', 'held-out', 'numbers');
  const sets = await setNames(root, opts);
  for (const set of sets) {
    for (const split of opts.splits) {
      const byLang = new Map<string, NumberTally>();
      const all = emptyNumberTally();
      const misses: NumberMiss[] = [];
      for (const item of loadSplit(join(root, set, `${split}.jsonl`))) {
        const t = emptyNumberTally();
        scoreNumberItem(item, GRAMMARS[item.lang], t, misses);
        const lt = byLang.get(item.lang) ?? emptyNumberTally();
        addNumberTally(lt, t);
        byLang.set(item.lang, lt);
        addNumberTally(all, t);
      }
      console.log(`numbers ${set}/${split}`);
      for (const [lang, t] of [...byLang].sort()) console.log(formatNumberTally(`  ${lang}`, t));
      console.log(formatNumberTally('  all', all));
      if (!opts.misses) continue;
      for (const m of misses) console.log(`    ${m.id} ${m.kind.padEnd(6)} ${m.detail}  | ${m.text}`);
    }
  }
}
