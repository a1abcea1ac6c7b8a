import type { AnyNode, Element } from 'domhandler';
import { UNLIKELY } from './class-patterns.js';

/**
 * Paywall and metering words in a class or id ("subscriber-only", "subscriber-preview", "paywall-content",
 * "premium-locked"). Such a wrapper is either a sign-up box or the gated article itself.
 */
const GATE_WORD = /subscri(?:be|ber|ption)s?|paywall(?:ed)?|premium|metered|regwall|locked/i;
const GATE_WORDS = new RegExp(GATE_WORD.source, 'gi');

/** Paragraphs at least this long, outside links, are body text. */
const BODY_PARAGRAPH = 80;
/** A wrapper holds the article's body when it has this many body paragraphs... */
const BODY_PARAGRAPHS = 2;
/** ...together this long. */
const BODY_TEXT = 300;
/** The walk over a wrapper's subtree stops after this many nodes (it then keeps the default: pruned). */
const WALK_LIMIT = 5000;

interface Tally {
  nodes: number;
  paragraphs: number;
  text: number;
  form: boolean;
}

/** Text of a paragraph outside links, and its linked text. */
function paragraphText(node: AnyNode, acc: { plain: number; linked: number }, inLink: boolean): void {
  if (node.type === 'text') {
    const n = node.data.replace(/\s+/g, ' ').trim().length;
    if (inLink) acc.linked += n;
    else acc.plain += n;
    return;
  }
  if (node.type !== 'tag') return;
  for (const c of node.children) paragraphText(c, acc, inLink || node.name === 'a');
}

function tally(node: AnyNode, t: Tally): void {
  if (t.nodes++ > WALK_LIMIT || node.type !== 'tag') return;
  const name = node.name;
  if (name === 'form' || name === 'input' || name === 'button') {
    t.form = true;
    return;
  }
  if (name === 'p') {
    const acc = { plain: 0, linked: 0 };
    paragraphText(node, acc, false);
    if (acc.plain >= BODY_PARAGRAPH && acc.linked * 4 < acc.plain) {
      t.paragraphs++;
      t.text += acc.plain;
    }
    return;
  }
  for (const c of node.children) tally(c, t);
}

function nameOf(el: Element): string {
  const { class: cls, id } = el.attribs;
  return `${cls ?? ''} ${id ?? ''}`;
}

/** Named for a paywall and for nothing else the wider unlikely list knows. */
function gateOnly(match: string): boolean {
  return GATE_WORD.test(match) && !UNLIKELY.test(match.replace(GATE_WORDS, ' '));
}

/** Verdicts per wrapper, filled for all its gate-named siblings at once. */
const verdicts = new WeakMap<Element, boolean>();

/**
 * Wrappers named only for a paywall ("subscriber-preview", "subscriber-only") that together hold the article's
 * paragraphs: the gated body itself, not a sign-up box. Some CMSs wrap each paragraph in its own, so the wrapper
 * and its gate-named siblings are judged together. A wrapper with a form or a button stays a sign-up box.
 */
export function isGatedBody(el: Element, match: string): boolean {
  if (!gateOnly(match)) return false;
  const known = verdicts.get(el);
  if (known !== undefined) return known;
  const siblings = (el.parent ? el.parent.children : [el]).filter(
    (s): s is Element => s.type === 'tag' && gateOnly(nameOf(s)),
  );
  const total = { paragraphs: 0, text: 0 };
  const tallies = siblings.map((s) => {
    const t: Tally = { nodes: 0, paragraphs: 0, text: 0, form: false };
    tally(s, t);
    const usable = !t.form && t.nodes <= WALK_LIMIT;
    if (usable) {
      total.paragraphs += t.paragraphs;
      total.text += t.text;
    }
    return usable;
  });
  const body = total.paragraphs >= BODY_PARAGRAPHS && total.text >= BODY_TEXT;
  siblings.forEach((s, i) => verdicts.set(s, body && tallies[i] === true));
  return verdicts.get(el) ?? false;
}

/** An element's class or id with the paywall words taken out when it is a gated body, to weigh the rest. */
export function withoutGateWords(el: Element, names: string): string {
  return isGatedBody(el, nameOf(el)) ? names.replace(GATE_WORDS, ' ') : names;
}
