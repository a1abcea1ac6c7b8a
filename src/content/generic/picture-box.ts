import type { Element } from 'domhandler';

/** Levels below a wrapper at which its picture may sit: wrapper > frame div > zoom link > <img>. */
const PICTURE_DEPTH = 3;

type Seen = { last: 'none' | 'picture' | 'link' };

/**
 * Whether a line of a wrapper follows a picture of it: an <img> a few levels down, behind the frame and the
 * lightbox link a CMS wraps it in (tribunnews: div > div.imgfull_div > a.glightbox > img), met in page order before
 * the line with no link text between them. Credits and captions follow their picture; a headline and its deck set
 * above one (a 2004 Newsweek story table) do not, and a teaser card's summary follows its linked headline. Only
 * elements are walked: the caller bounds the wrapper's text.
 */
export function pictureBefore(el: Element, line: Element): boolean {
  const seen: Seen = { last: 'none' };
  return reaches(el, line, PICTURE_DEPTH, false, seen) && seen.last === 'picture';
}

function reaches(el: Element, line: Element, depth: number, inLink: boolean, seen: Seen): boolean {
  for (const c of el.children) {
    if (c.type === 'text') {
      if (inLink && c.data.trim() !== '') seen.last = 'link';
      continue;
    }
    if (c.type !== 'tag') continue;
    if (c === line) return true;
    if (depth > 0 && (c.name === 'img' || c.name === 'picture')) {
      seen.last = 'picture';
      continue;
    }
    if (reaches(c, line, depth - 1, inLink || c.name === 'a', seen)) return true;
  }
  return false;
}
