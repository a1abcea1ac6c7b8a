import type { AnyNode, Document, Element } from 'domhandler';

/** What the generic extractor wants from <head>, read by walking its children (no selector pass over the page). */
export interface PageHead {
  /** og:title, else <title>. */
  title: string;
  /** og:site_name, or '' (a heading that only names the site is its masthead, not the headline). */
  siteName: string;
  /** og:type article, article:published_time or an Article/NewsArticle/BlogPosting JSON-LD: the page says it is an article. */
  articleSignal: boolean;
}

const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Blog|Report|Scholarly|Tech)?Article"|"@type"\s*:\s*(?:\[[^\]]*)?"BlogPosting"/;

function textOf(el: Element): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text') out += c.data;
  return out;
}

function findChild(parent: Document | Element, name: string): Element | undefined {
  for (const c of parent.children) if (c.type === 'tag' && c.name === name) return c;
  return undefined;
}

export function readHead(root: Document): PageHead {
  const html = findChild(root, 'html');
  const head = (html && findChild(html, 'head')) ?? findChild(root, 'head');
  let title = '';
  let ogTitle = '';
  let siteName = '';
  let articleSignal = false;
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'tag') {
        const prop = n.attribs.property ?? n.attribs.name;
        if (n.name === 'meta' && prop) {
          const content = n.attribs.content ?? '';
          if (prop === 'og:title' && !ogTitle) ogTitle = content;
          else if (prop === 'og:site_name' && !siteName) siteName = content.trim();
          else if (prop === 'og:type' && content.trim().toLowerCase() === 'article') articleSignal = true;
          else if (prop === 'article:published_time' && content) articleSignal = true;
        } else if (n.name === 'title' && !title) title = textOf(n);
        else if (n.children.length > 0 && n.name !== 'meta') visit(n.children);
      } else if (n.type === 'script' && n.attribs.type === 'application/ld+json' && LD_ARTICLE.test(textOf(n as unknown as Element))) {
        articleSignal = true;
      }
    }
  };
  if (head) visit(head.children);
  return { title: (ogTitle || title).replace(/\s+/g, ' ').trim(), siteName, articleSignal };
}
