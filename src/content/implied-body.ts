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

/** The page's body: a <body> at the document's top level, or the one under its top-level <html>. */
function topLevelBody(top: readonly AnyNode[]): Element | undefined {
  const direct = top.find((n) => isTag(n, 'body'));
  if (direct) return direct as Element;
  const html = top.find((n) => isTag(n, 'html')) as Element | undefined;
  return html?.children.find((n) => isTag(n, 'body')) as Element | undefined;
}

const isContent = (n: AnyNode): boolean => n.type === 'tag' || (n.type === 'text' && n.data.trim().length > 0);

/**
 * A stray end tag in the middle of a page (a second `</head>` after a nested `<html>`) makes htmlparser2 close
 * every open element, so the rest of the page — often the whole article — lands at the document's top level after
 * the body, where no container holds it. A browser keeps it in the body; so does this. Looks at the top level only.
 */
export function adoptTopLevelStrays($: CheerioAPI): CheerioAPI {
  const root = $.root()[0];
  if (!root) return $;
  const top = root.children;
  const body = topLevelBody(top);
  if (!body) return $;
  const anchor = top.includes(body) ? body : (body.parent as Element);
  const at = top.indexOf(anchor);
  if (at < 0 || !top.slice(at + 1).some(isContent)) return $;
  const strays = top.splice(at + 1);
  anchor.next = null;
  const last = body.children[body.children.length - 1] ?? null;
  for (const [i, n] of strays.entries()) {
    n.parent = body;
    n.prev = strays[i - 1] ?? last;
    n.next = strays[i + 1] ?? null;
  }
  if (last) last.next = strays[0] ?? null;
  body.children.push(...strays);
  return $;
}
