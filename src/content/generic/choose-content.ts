import type { Element, ParentNode } from 'domhandler';
import type { RawBlock } from './collect-blocks.js';
import { NEGATIVE, POSITIVE } from './class-patterns.js';
import { withoutGateWords } from './gated-body.js';

/** Text totals of an element's subtree, and the range of block indices it holds (contiguous). */
export interface NodeStats {
  len: number;
  linkLen: number;
  first: number;
  last: number;
  /** Readability-style content score (0 when never scored). */
  score: number;
  scored: boolean;
  /** Text of paragraph-like blocks (not links, not captions, not headings). */
  good: number;
  /** The part of `good` outside boilerplate-classed boxes below this element (a sidebar's summaries, a bio). */
  goodOutsideBoxes: number;
  /** classWeight of the element, computed once. */
  weight: number;
}

export type StatsMap = Map<Element, NodeStats>;

const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;
const CLIMB_LEVELS = 6;
const MIN_CANDIDATE_GOOD = 80;
const CLIMB_GAIN = 1.3;

function isElement(n: ParentNode | null): n is Element {
  return n !== null && n.type === 'tag';
}

/** The page's own <html> or <body> (broken pages nest more of them deeper down; those are ordinary wrappers). */
function isDocumentTop(el: Element): boolean {
  if (el.name !== 'body' && el.name !== 'html') return false;
  const up = el.parent;
  return !isElement(up) || (up.name === 'html' && !isElement(up.parent));
}

export function classWeight(el: Element): number {
  let w = 0;
  // A paywalled article's own wrappers ("subscriber-only") are weighed without their paywall words.
  const cls = el.attribs.class === undefined ? undefined : withoutGateWords(el, el.attribs.class);
  const id = el.attribs.id === undefined ? undefined : withoutGateWords(el, el.attribs.id);
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

function initialScore(el: Element, weight: number): number {
  let s = 0;
  switch (el.name) {
    case 'div': case 'article': case 'main': case 'section':
      s = 5;
      break;
    case 'pre': case 'td': case 'blockquote':
      s = 3;
      break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form':
      s = -3;
      break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th':
      s = -5;
      break;
  }
  if (el.name === 'article' || el.attribs.itemprop === 'articleBody') s += 10;
  return s + weight;
}

/** Adds every block's text to its ancestors and scores the paragraphs' parents (readability's scheme). */
export function computeStats(blocks: readonly RawBlock[]): StatsMap {
  const stats: StatsMap = new Map();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as RawBlock;
    const ld = b.len === 0 ? 0 : b.linkLen / b.len;
    const paragraph = b.len >= MIN_PARAGRAPH && !b.caption;
    const good = b.len >= 40 && ld < 0.3 && !b.caption && b.kind !== 'h1' && b.kind !== 'heading' ? b.len : 0;
    const contentScore = paragraph ? (1 + (b.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(b.len / 100), 3)) * (1 - ld) : 0;
    let el: ParentNode | null = b.owner;
    let level = -1;
    let inBox = false;
    while (isElement(el)) {
      let s = stats.get(el);
      if (!s) {
        s = { len: 0, linkLen: 0, first: i, last: i, score: 0, scored: false, good: 0, goodOutsideBoxes: 0, weight: classWeight(el) };
        stats.set(el, s);
      }
      s.len += b.len;
      s.linkLen += b.linkLen;
      s.good += good;
      if (!inBox) s.goodOutsideBoxes += good;
      inBox ||= s.weight < 0;
      s.last = i;
      if (paragraph && level >= 0 && level < ANCESTOR_LEVELS) {
        if (!s.scored) {
          s.scored = true;
          s.score = initialScore(el, s.weight);
        }
        s.score += level === 0 ? contentScore : level === 1 ? contentScore / 2 : contentScore / (level * 3);
      }
      el = el.parent;
      level++;
    }
  }
  return stats;
}

export function linkDensity(s: NodeStats): number {
  return s.len === 0 ? 0 : s.linkLen / s.len;
}

function elementChildren(el: ParentNode): Element[] {
  const out: Element[] = [];
  for (const c of el.children) if (c.type === 'tag') out.push(c);
  return out;
}

/** The elements holding the main text, in document order (the best candidate and its good siblings). */
export function chooseContent(stats: StatsMap, blocks: readonly RawBlock[]): Element[] {
  let ranked: Array<{ el: Element; score: number; good: number }> = [];
  for (const [el, s] of stats) {
    if (!s.scored || el.name === 'html') continue;
    ranked.push({ el, score: s.score * (1 - linkDensity(s)), good: s.good });
  }
  // A class name alone must not make a candidate of a few words; unless nothing has paragraphs.
  const withText = ranked.filter((r) => r.good >= MIN_CANDIDATE_GOOD);
  if (withText.length > 0) ranked = withText;
  if (ranked.length === 0) return bodyOf(blocks);
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0] as { el: Element; score: number; good: number };
  let top = best.el;
  const final = new Map(ranked.map((r) => [r.el, r.score]));
  const scoreOf = (el: Element): number => final.get(el) ?? 0;

  // Several near-best candidates under one ancestor: the text is split, take the ancestor.
  const alternatives = ranked.slice(1, 5).filter((r) => r.score / best.score >= 0.75);
  if (alternatives.length >= 2) {
    let parent: ParentNode | null = top.parent;
    while (isElement(parent) && !isDocumentTop(parent)) {
      const p: Element = parent;
      const holding = alternatives.filter((a) => contains(p, a.el)).length;
      if (holding >= 2) {
        top = p;
        break;
      }
      parent = p.parent;
    }
  }
  // Climb while the parent scores better (the text continues beside the candidate).
  let lastScore = scoreOf(top);
  const threshold = lastScore / 3;
  let parent: ParentNode | null = top.parent;
  while (isElement(parent) && !isDocumentTop(parent)) {
    const ps = scoreOf(parent);
    if (!stats.get(parent)?.scored) {
      parent = parent.parent;
      continue;
    }
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = parent;
      break;
    }
    lastScore = ps;
    parent = parent.parent;
  }
  // The candidate holds only part of the paragraphs (split text, comma-rich lists): take the ancestor with most.
  // Paragraphs in boilerplate-classed boxes beside it (a sidebar's summaries) are not the rest of the text.
  let good = stats.get(top)?.goodOutsideBoxes ?? 0;
  for (let p: ParentNode | null = top.parent, steps = 0; isElement(p) && !isDocumentTop(p) && steps < CLIMB_LEVELS; p = p.parent, steps++) {
    const ps = stats.get(p);
    if (!ps) continue;
    if (ps.weight < 0) break;
    const gained = ps.goodOutsideBoxes - teaserColumnsGood(p, top, stats, blocks);
    if (gained >= good * CLIMB_GAIN && gained - good >= 150 && linkDensity(ps) < 0.35) {
      top = p;
      good = gained;
    }
  }
  // An only child says nothing more than its parent.
  while (isElement(top.parent) && !isDocumentTop(top.parent) && elementChildren(top.parent).length === 1) top = top.parent;

  const topScore = scoreOf(top);
  const topStats = stats.get(top);
  const parentNode = top.parent;
  if (!parentNode || !topStats) return [top];
  const siblingThreshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const chosen: Element[] = [];
  for (const sib of elementChildren(parentNode)) {
    if (sib === top) {
      chosen.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s) continue;
    const bonus = topClass && sib.attribs.class === topClass ? topScore * 0.2 : 0;
    const ld = linkDensity(s);
    if (scoreOf(sib) + bonus >= siblingThreshold) {
      if (!isTeaserColumn(blocks, s)) chosen.push(sib);
    }
    else if (sib.name === 'p' || sib.name === 'blockquote' || (s.first === s.last && blocks[s.first]?.owner === sib)) {
      if (s.len > 80 && ld < 0.25) chosen.push(sib);
      else if (s.len > 0 && s.len <= 80 && ld === 0 && /[.!?…]["”’»)]?$/u.test(blocks[s.last]?.text ?? '')) chosen.push(sib);
    }
  }
  return chosen;
}

/** Linked headlines a column of other stories' teasers has at least. */
const TEASER_COLUMN_HEADLINES = 3;

/**
 * A column beside the article made of other stories: linked headlines, each followed by its summary paragraph
 * (a table layout's right-hand "News" column). Its paragraphs score like the article's, but none stands alone.
 */
function isTeaserColumn(blocks: readonly RawBlock[], s: NodeStats): boolean {
  let headlines = 0;
  let standalone = 0;
  let sinceHeadline = Infinity;
  for (let i = s.first; i <= s.last; i++) {
    const b = blocks[i] as RawBlock;
    if (b.len >= 20 && b.linkLen / Math.max(1, b.len) >= 0.7) {
      headlines++;
      sinceHeadline = 0;
      continue;
    }
    sinceHeadline++;
    if (b.len >= 80 && b.linkLen / b.len < 0.3 && sinceHeadline > 3) standalone++;
  }
  return headlines >= TEASER_COLUMN_HEADLINES && standalone === 0;
}

/** Paragraphs in teaser columns beside the candidate, at any level up to `p`: not the rest of the article. */
function teaserColumnsGood(p: Element, candidate: Element, stats: StatsMap, blocks: readonly RawBlock[]): number {
  let good = 0;
  for (let a: Element = candidate; a !== p && isElement(a.parent); a = a.parent) {
    for (const c of elementChildren(a.parent)) {
      const s = stats.get(c);
      if (c !== a && s && s.goodOutsideBoxes > 0 && isTeaserColumn(blocks, s)) good += s.goodOutsideBoxes;
    }
  }
  return good;
}

/** No scored candidate (text straight in <body>, plain text): the body (or top element) itself. */
function bodyOf(blocks: readonly RawBlock[]): Element[] {
  let top: Element | undefined;
  for (let n: ParentNode | null = blocks[0]?.owner ?? null; isElement(n); n = n.parent) {
    if (n.name === 'body') return [n];
    top = n;
  }
  return top ? [top] : [];
}

export function contains(ancestor: Element, node: Element): boolean {
  let n: ParentNode | null = node;
  while (n) {
    if (n === ancestor) return true;
    n = n.parent;
  }
  return false;
}
