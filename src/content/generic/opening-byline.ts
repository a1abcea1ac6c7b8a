/**
 * A byline line opening the body: "By JENNIFER LOVEN, Associated Press Writer Sun Sep 11, 7:40 PM ET",
 * "By Barbara McQuade, former U.S. attorney for the Eastern District of Michigan". Longer than the short author
 * lines dropped anywhere (BYLINE_PATTERN, 60 characters), so it is taken only before the article's first
 * paragraph, and only when it reads as a credit, not a sentence: a lead-in, a name of two or more capitalised words,
 * no sentence end ("By July 2002, he had pleaded guilty …" names no one and ends as a sentence).
 */
import { allOf } from '../../core/languages/index.js';
import type { Selection } from './select-blocks.js';

const OPENING_BYLINE_MAX = 160;
/** The article's own text has begun once this much text in sentences is kept (a one-sentence deck is less). */
const ARTICLE_BEGUN = 300;
/** Bylines sit among the body's first blocks (a kicker, a date or a deck may come first). */
const OPENING_BLOCKS = 3;

const LEAD_INS = allOf('bylineLeadIns')
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1).replace(/ /g, '\\s+')}`)
  .join('|');
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const OPENING_BYLINE = new RegExp(`^(?:${LEAD_INS})\\s*:?\\s+${NAME_WORD}\\s+${NAME_WORD}`, 'u');
const SENTENCE_END = /[.!?…]["”’»)\]]?$/u;

export function isOpeningByline(text: string): boolean {
  return text.length <= OPENING_BYLINE_MAX && OPENING_BYLINE.test(text) && !SENTENCE_END.test(text);
}

/** Drops byline lines among the first kept blocks, before the article's text has begun. */
export function withoutOpeningByline(kept: Selection['kept']): Selection['kept'] {
  const out: Selection['kept'] = [];
  let sentences = 0;
  kept.forEach((k, i) => {
    const { text, kind } = k.block;
    if (sentences < ARTICLE_BEGUN && i < OPENING_BLOCKS && kind === 'body' && isOpeningByline(text)) return;
    if (SENTENCE_END.test(text)) sentences += text.length;
    out.push(k);
  });
  return out;
}
