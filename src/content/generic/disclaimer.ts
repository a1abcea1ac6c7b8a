import { classAndId } from './class-patterns.js';
import type { Element } from 'domhandler';

/** Class or id of a site's disclaimer ("disclaim", "disclaimer", "article-disclaimer"): not the article's text. */
const DISCLAIMER_CLASS = /(?:^|[\s_-])disclaim(?:er)?s?(?:$|[\s_-])/i;

/** A disclaimer holds a sentence or two; a longer block so named is more likely a wrapper of real text. */
const DISCLAIMER_MAX = 300;

/**
 * A short block whose element or its parent is named a disclaimer: a feed's or contributor's legal note under the
 * story ("These news feeds are provided by an independent third party …", "The author is a Forbes contributor …").
 */
export function isDisclaimerBlock(owner: Element, len: number): boolean {
  if (len > DISCLAIMER_MAX) return false;
  let el: Element | null = owner;
  for (let up = 0; el && up <= 1; up++) {
    if (DISCLAIMER_CLASS.test(classAndId(el))) return true;
    el = el.parent && el.parent.type === 'tag' ? el.parent : null;
  }
  return false;
}
