import type { RawBlock } from './collect-blocks.js';

/** Text a linked line has at least to open a card (a headline, not a section label or an author's name alone). */
const HEADLINE_MIN = 15;
/** Unlinked text one card (its summary, date, source) holds at most. */
const CARD_SUMMARY_MAX = 400;
/** Text before the first card (the box's own heading, a kicker) at most. */
const BOX_HEADING_MAX = 80;

const isLinkLine = (b: RawBlock): boolean => b.len >= HEADLINE_MIN && b.linkLen >= 0.7 * b.len;

/**
 * A box of three or more summarised teaser cards, read from its block sequence rather than its children: a linked
 * headline followed by a short unlinked summary, again and again. Related-story rails nest their cards at uneven
 * depths or put a kicker or author link first, which a child-by-child test misses. Cards without a summary do not
 * count: a bare link list is left to the link-density rules.
 */
export function isTeaserCardBox(blocks: readonly RawBlock[], first: number, last: number): boolean {
  let i = first;
  let opening = 0;
  while (i <= last && !isLinkLine(blocks[i] as RawBlock)) opening += (blocks[i++] as RawBlock).len;
  if (opening > BOX_HEADING_MAX) return false;
  let summarised = 0;
  let cards = 0;
  while (i <= last) {
    cards++;
    i++;
    let unlinked = 0;
    while (i <= last && !isLinkLine(blocks[i] as RawBlock)) {
      const b = blocks[i++] as RawBlock;
      unlinked += b.len - b.linkLen;
    }
    if (unlinked > CARD_SUMMARY_MAX) return false;
    if (unlinked >= HEADLINE_MIN) summarised++;
  }
  return summarised >= 3 && summarised * 2 >= cards;
}
