import type { Element } from 'domhandler';

/** Levels below a wrapper at which its picture may sit: wrapper > frame div > zoom link > <img>. */
const PICTURE_DEPTH = 3;

/**
 * Whether a wrapper shows a picture before a given line of it: an <img> a few levels down, behind the frame and
 * the lightbox link a CMS wraps it in (tribunnews: div > div.imgfull_div > a.glightbox > img), met in page order
 * before the line. Credits and captions follow their picture; a headline and its deck set above one (a 2004
 * Newsweek story table) do not, so they stay text. Only elements are walked: the caller bounds the wrapper's text.
 */
export function pictureBefore(el: Element, line: Element): boolean {
  return firstOf(el, line, PICTURE_DEPTH) === 'picture';
}

function firstOf(el: Element, line: Element, depth: number): 'picture' | 'line' | null {
  for (const c of el.children) {
    if (c.type !== 'tag') continue;
    if (c === line) return 'line';
    if (depth > 0 && (c.name === 'img' || c.name === 'picture')) return 'picture';
    const found = firstOf(c, line, depth - 1);
    if (found) return found;
  }
  return null;
}
