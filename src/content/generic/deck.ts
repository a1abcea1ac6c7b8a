import type { Element } from 'domhandler';
import { classAndId, PICTURE_CLASS } from './class-patterns.js';
import type { RawBlock } from './collect-blocks.js';
import { isFurnitureLead } from './lead-furniture.js';

/** How far before the content a headline may be, and how many blocks under it a deck may sit (a byline, a date). */
const HEADLINE_REACH = 20;
const DECK_REACH = 3;
const MIN_DECK = 60;
const MAX_DECK = 400;
const MIN_DECK_WORDS = 8;
/** A deck is a sentence: it ends as one. */
const SENTENCE_END = /[.!?…"”’)]$/u;

/** Boxes a picture's caption or credit sits in ("sl-art-illo-cap", "caption", "credit"). */
const CAPTION_BOX = /(?:^|[\s_-])(?:cap|caption|illo|credit|figcaption)(?:$|[\s_-])/i;

/** The block or one of its two nearest containers is a picture or caption box; it or its parent holds an image. */
function besidePicture(owner: Element): boolean {
  let el: Element | null = owner;
  for (let up = 0; el && up <= 2; up++) {
    const names = classAndId(el);
    if (el.name === 'figure' || el.name === 'figcaption' || CAPTION_BOX.test(names) || PICTURE_CLASS.test(names)) return true;
    if (up <= 1 && el.children.some((c) => c.type === 'tag' && (c.name === 'img' || c.name === 'picture'))) return true;
    el = el.parent && el.parent.type === 'tag' ? el.parent : null;
  }
  return false;
}

const words = (t: string): number => t.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function isDeck(b: RawBlock): boolean {
  if (b.len < MIN_DECK || b.len > MAX_DECK || b.linkLen > 0 || b.caption || b.kind === 'list' || b.kind === 'h1') return false;
  const t = b.text;
  if (besidePicture(b.owner) || isFurnitureLead(b.owner, t)) return false;
  return words(t) >= MIN_DECK_WORDS && SENTENCE_END.test(t);
}

/**
 * The standfirst a page prints right under its headline but outside the body's container and without a
 * standfirst class (suara.com's `<h4>` under the `<h1>`): an unlinked sentence within a few blocks of the headline,
 * before the content. Lines between them may be a byline, a date or share buttons; anything longer stops the look.
 */
export function deckUnderHeadline(
  blocks: readonly RawBlock[],
  contentFirst: number,
  title: string | null,
): { text: string; first: number; last: number } | null {
  if (!title) return null;
  let headline = -1;
  for (let i = Math.max(0, contentFirst - HEADLINE_REACH); i < contentFirst; i++) {
    if (blocks[i]?.kind === 'h1' && blocks[i]?.text === title) headline = i;
  }
  if (headline < 0) return null;
  for (let i = headline + 1; i < Math.min(contentFirst, headline + 1 + DECK_REACH); i++) {
    const b = blocks[i] as RawBlock;
    if (isDeck(b)) return { text: b.text, first: i, last: i };
    if (b.len > MAX_DECK) return null;
  }
  return null;
}
