import type { AnyNode, Element } from 'domhandler';
import type { RawBlock } from './collect-blocks.js';
import type { StatsMap } from './choose-content.js';

/** Text a heading line has at most to be a box's title ("Don't Miss", "Other stories from this desk"). */
const TITLE_MAX = 60;
/** Levels above the heading searched for the box it titles. */
const BOX_LEVELS = 2;
/** Share of the box's other text that sits in links: a list of links, not a section of the article. */
const LINK_SHARE = 0.7;
/** Links the box holds at least besides the heading. */
const LINKS_MIN = 2;
/** Nodes walked at most per box. */
const WALK_MAX = 400;

interface Tally {
  text: number;
  linked: number;
  links: number;
  nodes: number;
}

function tally(node: AnyNode, inLink: boolean, t: Tally): void {
  if (t.nodes++ > WALK_MAX) return;
  if (node.type === 'text') {
    const n = node.data.replace(/\s+/gu, '').length;
    t.text += n;
    if (inLink) t.linked += n;
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const el = node as Element;
  if (el.name === 'script' || el.name === 'style') return;
  const link = el.name === 'a' && el.attribs.href !== undefined;
  if (link && !inLink) t.links++;
  for (const c of el.children) tally(c, inLink || link, t);
}

/**
 * A heading that is the only text the walk kept of its box, while the box holds a list of links the walk pruned
 * (a related-stories box inside the body: "<div><h4>Don't Miss</h4><ul><li><a>…</a></li>…</ul></div>"). The heading
 * titles the links, not the paragraphs after it.
 */
export function titlesPrunedLinkList(b: RawBlock, stats: StatsMap, i: number): boolean {
  if (b.len > TITLE_MAX || b.linkLen > 0) return false;
  let el: Element | null = b.owner.parent && b.owner.parent.type === 'tag' ? (b.owner.parent as Element) : null;
  for (let up = 0; el && up < BOX_LEVELS; up++) {
    const s = stats.get(el);
    // The box must hold no other kept block: its other text was pruned by the walk.
    if (s && (s.first !== i || s.last !== i)) return false;
    const t: Tally = { text: 0, linked: 0, links: 0, nodes: 0 };
    tally(el, false, t);
    const rest = t.text - b.text.replace(/\s+/gu, '').length;
    if (t.nodes <= WALK_MAX && rest >= 20 && t.links >= LINKS_MIN && t.linked >= LINK_SHARE * rest) return true;
    el = el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null;
  }
  return false;
}
