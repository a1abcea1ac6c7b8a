import type { AnyNode, Element } from 'domhandler';
import { contains } from './choose-content.js';
import type { RawBlock } from './collect-blocks.js';

/** Text the paragraph under the heading has at least: an article's section, not a reader's one-liner. */
const SECTION_TEXT_MIN = 150;
/** Share of that paragraph's text that may sit in links. */
const SECTION_LINK_SHARE = 0.2;

/** The element right after this one among its siblings (text and comments skipped). */
function nextElement(el: Element): AnyNode | null {
  let n = el.next;
  while (n && n.type !== 'tag') n = n.next;
  return n;
}

/**
 * A heading with a comment-section name ("Comment" over an analyst's view) that the article's own text continues
 * under: the heading sits in the box that holds the article's last kept block, and the next block is a long,
 * unlinked paragraph of that same box, right after the heading. Reader comments live in a box of their own (a
 * list, a thread, a plugin's placeholder under the heading).
 */
export function headsArticleSection(blocks: readonly RawBlock[], i: number, lastKept: number | undefined): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  const prev = lastKept === undefined ? undefined : blocks[lastKept];
  if (!b || !next || !prev || b.kind !== 'heading') return false;
  const box = b.owner.parent;
  if (!box || box.type !== 'tag' || !contains(box, prev.owner) || nextElement(b.owner) !== next.owner) return false;
  return next.kind === 'body' && next.len >= SECTION_TEXT_MIN && next.linkLen <= next.len * SECTION_LINK_SHARE;
}
