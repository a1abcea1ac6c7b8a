import type { CheerioAPI } from 'cheerio';
import { Element, type AnyNode, type ParentNode } from 'domhandler';

/** What may stand in a <head>; the first other element opens the body (the HTML parsing algorithm's rule). */
const HEAD_CONTENT = new Set([
  'title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template', 'object', 'bgsound',
]);

function isBodyStart(n: AnyNode): boolean {
  if (n.type === 'text') return n.data.trim().length > 0;
  return (n.type === 'tag' || n.type === 'script' || n.type === 'style') && !HEAD_CONTENT.has((n as Element).name);
}

const isTag = (n: AnyNode, name: string): n is Element => n instanceof Element && n.name === name;

function within(n: AnyNode, ancestor: Element): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** The <head> under the document or its <html> element, where the parser puts it. */
function topLevelHead($: CheerioAPI): Element | undefined {
  const top = $.root()[0]?.children ?? [];
  const html = top.find((n) => isTag(n, 'html'));
  return (html?.children ?? top).find((n) => isTag(n, 'head')) as Element | undefined;
}

/**
 * A page with neither <body> nor </head> leaves the whole article inside <head> under our (htmlparser2) parse,
 * where no walk looks. Moves everything from the first non-head node on into a <body> after the head, as a
 * browser would. So does a page whose only <body> the parser put inside that head (an unclosed <head>, or a second
 * <html><head> inside it). Pages with a <body> of their own are left alone.
 */
export function openImpliedBody($: CheerioAPI): CheerioAPI {
  // Most pages: a head at the top that holds only head content. No whole-document search for them.
  const head = topLevelHead($);
  if (!head) return $;
  const at = head.children.findIndex(isBodyStart);
  if (at < 0 || $('body').toArray().some((b) => !within(b, head))) return $;
  const moved = head.children.splice(at);
  const body = new Element('body', {}, moved);
  for (const [i, n] of moved.entries()) {
    n.parent = body;
    n.prev = moved[i - 1] ?? null;
    n.next = moved[i + 1] ?? null;
  }
  const last = head.children[head.children.length - 1];
  if (last) last.next = null;
  const parent = head.parent as ParentNode | null;
  if (!parent) return $;
  const pos = parent.children.indexOf(head);
  body.parent = parent;
  body.prev = head;
  body.next = parent.children[pos + 1] ?? null;
  if (body.next) body.next.prev = body;
  head.next = body;
  parent.children.splice(pos + 1, 0, body);
  return $;
}
