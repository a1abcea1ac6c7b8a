import type { AnyNode, Element } from 'domhandler';
import {
  CALL_TO_ACTION_PATTERN,
  NOTICE_PATTERN,
  isCaptionText,
  isChromeLine,
  isDateLine,
  isShareBar,
} from '../boilerplate-vocabulary.js';
import { classAndId, AUTHOR_BOX_CLASS } from './class-patterns.js';

/** A box the reader closes or that pops over the page: "follow-modal", "popup", "overlay", "lightbox". */
const POPUP_CLASS = /(?:^|[\s_-])(?:modal|popup|pop-up|overlay|lightbox)(?:$|[\s_-])/i;
/** Its close control: "close-button", "follow-modal-close", "btn-close". */
const CLOSE_CONTROL = /(?:^|[\s_-])close(?:$|[\s_-])/i;
/** Containers above the candidate looked at, and how deep under each one a close control is looked for. */
const UP_LEVELS = 2;
const DOWN_LEVELS = 3;
/** Nodes looked at below one container before giving up (a widget is small). */
const WALK_LIMIT = 300;
/** Text a widget holds besides twice the candidate's (its buttons, a heading). */
const WIDGET_EXTRA = 200;

function parentOf(el: Element): Element | null {
  return el.parent?.type === 'tag' ? el.parent : null;
}

/** Some element below `el`, down to `depth` levels and `WALK_LIMIT` nodes, passes `test`. */
function holds(el: Element, depth: number, test: (e: Element) => boolean): boolean {
  let seen = 0;
  const walk = (nodes: readonly AnyNode[], left: number): boolean => {
    for (const n of nodes) {
      if (n.type !== 'tag' || seen++ > WALK_LIMIT) continue;
      if (test(n) || (left > 1 && walk(n.children, left - 1))) return true;
    }
    return false;
  };
  return walk(el.children, depth);
}

/** Characters of text below `el`, counted up to `cap`. */
function textLength(el: Element, cap: number): number {
  let n = 0;
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const c of nodes) {
      if (n > cap) return;
      if (c.type === 'text') n += c.data.trim().length;
      else if (c.type === 'tag' && c.name !== 'script' && c.name !== 'style') walk(c.children);
    }
  };
  walk(el.children);
  return n;
}

/**
 * The candidate sits in a pop-up, or in a small widget (little more text than the candidate's own) that holds a
 * close control: a follow or messenger prompt, not the article's standfirst.
 */
function inDismissibleBox(el: Element, textLen: number): boolean {
  const widgetMax = textLen * 2 + WIDGET_EXTRA;
  let e: Element | null = el;
  for (let up = 0; e && up <= UP_LEVELS; up++) {
    if (up > 0 && textLength(e, widgetMax) > widgetMax) return false;
    if (POPUP_CLASS.test(classAndId(e))) return true;
    if (up > 0 && holds(e, DOWN_LEVELS, (x) => CLOSE_CONTROL.test(classAndId(x)))) return true;
    e = parentOf(e);
  }
  return false;
}

/** The candidate holds the byline: an author box, an itemprop="author" or a <time>. */
function holdsByline(el: Element): boolean {
  return holds(el, 4, (x) => x.name === 'time' || (x.attribs.itemprop ?? '').split(/\s+/u).includes('author') || AUTHOR_BOX_CLASS.test(classAndId(x)));
}

/**
 * A standfirst candidate that is page furniture instead: a call to action or site notice, a date, byline, share or
 * caption line (what the body's own filters drop), a block holding the byline, or text in a pop-up the reader closes.
 */
export function isFurnitureLead(el: Element, text: string): boolean {
  const t = text.trim();
  if (CALL_TO_ACTION_PATTERN.test(t) || NOTICE_PATTERN.test(t)) return true;
  if (isDateLine(t) || isChromeLine(t) || isShareBar(t) || isCaptionText(t)) return true;
  return holdsByline(el) || inDismissibleBox(el, t.length);
}
