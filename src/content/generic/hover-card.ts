import type { AnyNode, Element } from 'domhandler';

/** Links a hover card holds at least: the name again and two or more of the person's stories, or a "more" link. */
const CARD_MIN_LINKS = 3;
/** Share of the card's text inside its links: a card is links and nothing else. */
const CARD_LINK_SHARE = 0.95;
/** Unlinked text the paragraph keeps besides the card: the card sits inside running prose. */
const PROSE_AROUND_CARD = 20;
/** Nodes looked at below one inline element or paragraph before giving up (a card is small). */
const WALK_LIMIT = 400;

interface TextCount {
  text: number;
  linkText: number;
  links: number;
  nodes: number;
}

function count(node: AnyNode, inLink: boolean, acc: TextCount, skip?: Element): void {
  if (acc.nodes++ > WALK_LIMIT || node === skip) return;
  if (node.type === 'text') {
    const n = node.data.replace(/\s+/g, '').length;
    acc.text += n;
    if (inLink) acc.linkText += n;
    return;
  }
  if (node.type !== 'tag') return;
  if (node.name === 'script' || node.name === 'style') return;
  const link = node.name === 'a';
  if (link && !inLink) acc.links++;
  for (const child of node.children) count(child, inLink || link, acc, skip);
}

function counted(node: AnyNode, skip?: Element): TextCount {
  const acc: TextCount = { text: 0, linkText: 0, links: 0, nodes: 0 };
  count(node, false, acc, skip);
  return acc;
}

function linksOnly(el: Element): boolean {
  if (el.name === 'a') return false;
  const c = counted(el);
  return c.nodes <= WALK_LIMIT && c.links >= CARD_MIN_LINKS && c.linkText >= CARD_LINK_SHARE * c.text;
}

/** The card proper sits deeper: the wrapper also holds the linked name the card is about, which stays. */
function cardInside(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag' && (linksOnly(c) || cardInside(c)));
}

/**
 * An inline element inside a paragraph that holds only links, three or more ("Marco Rubio · Mexican politicians have
 * a new piñata … · MORE"): a person's or a topic's hover card, shown on mouse-over and hidden by the page's style
 * sheet. The paragraph around it reads "Sen. Marco Rubio (R-Fla.) on Sunday said …" without it.
 */
export function isHoverCard(el: Element, paragraph: Element | undefined): boolean {
  if (!paragraph || paragraph.name !== 'p' || !linksOnly(el) || cardInside(el)) return false;
  const rest = counted(paragraph, el);
  return rest.nodes <= WALK_LIMIT && rest.text - rest.linkText >= PROSE_AROUND_CARD;
}
