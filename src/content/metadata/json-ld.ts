import type { Element } from 'domhandler';
import type { CheerioAPI } from '../types.js';

/** What the page's JSON-LD says about the article; every field may be missing. */
export interface JsonLdInfo {
  headline: string | null;
  datePublished: string | null;
  /** The date of a page node (WebPage, QAPage…): weaker than the article's and the meta tags' own. */
  pageDatePublished: string | null;
  dateModified: string | null;
  authors: string[];
  section: string | null;
  /** BreadcrumbList item names, in position order. */
  breadcrumb: string[];
  publisher: string | null;
}

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'blogposting', 'opinionnewsarticle', 'backgroundnewsarticle', 'liveblogposting']);

/**
 * Nodes that describe the page itself rather than an article (Yoast and other CMS plug-ins type the page as WebPage
 * and give it the article's dates; Q&A and forum pages type their one post). Their dates come after the article
 * node's and the meta tags'; CollectionPage and other listings are not among them.
 */
const PAGE_TYPES = new Set(['webpage', 'itempage', 'qapage', 'question', 'discussionforumposting', 'socialmediaposting']);

type Node = Record<string, unknown>;

/** Reads the page's ld+json scripts (in document order); scripts that do not parse are skipped, never thrown. */
export function readJsonLd($: CheerioAPI, scripts: readonly Element[]): JsonLdInfo {
  const nodes: Node[] = [];
  for (const el of scripts) {
    const parsed = parseLoose($(el).text());
    if (parsed !== undefined) flatten(parsed, nodes);
  }
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  const crumbs = nodes.find((n) => types(n).includes('breadcrumblist'));
  const published = (n: Node | undefined): string | null => str(n?.datePublished) ?? str(n?.dateCreated);
  const page = () => nodes.find((n) => types(n).some((t) => PAGE_TYPES.has(t)) && published(n) !== null);
  return {
    headline: str(article?.headline) ?? str(article?.name),
    datePublished: published(article),
    pageDatePublished: published(page()),
    dateModified: str(article?.dateModified),
    authors: article ? names(article.author) : [],
    section: firstStr(article?.articleSection),
    breadcrumb: crumbs ? breadcrumbNames(crumbs) : [],
    publisher: article ? (names(article.publisher)[0] ?? null) : null,
  };
}

function parseLoose(text: string): unknown {
  const t = text.trim().replace(/^<!--|-->$/gu, '');
  for (const candidate of [t, t.replace(/,\s*([}\]])/gu, '$1').replace(/[\u0000-\u001f]+/gu, ' ')]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // the next, looser candidate
    }
  }
  return undefined;
}

function flatten(v: unknown, out: Node[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (v && typeof v === 'object') {
    const n = v as Node;
    out.push(n);
    if (n['@graph'] !== undefined) flatten(n['@graph'], out);
    if (n.mainEntity !== undefined) flatten(n.mainEntity, out);
  }
}

function types(n: Node): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.replace(/\s+/gu, ' ').trim() : null;
}

function firstStr(v: unknown): string | null {
  return Array.isArray(v) ? (v.map(str).find((x) => x !== null) ?? null) : str(v);
}

function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return str(v) ? [str(v) as string] : [];
  if (v && typeof v === 'object') {
    const name = str((v as Node).name);
    return name ? [name] : [];
  }
  return [];
}

function breadcrumbNames(list: Node): string[] {
  const items = Array.isArray(list.itemListElement) ? (list.itemListElement as unknown[]) : [];
  return items
    .filter((x): x is Node => !!x && typeof x === 'object')
    .filter((x) => !isSiteRoot(x.item))
    .map((x) => ({ pos: typeof x.position === 'number' ? x.position : Number(x.position ?? 0), name: str(x.name) ?? (x.item && typeof x.item === 'object' ? str((x.item as Node).name) : null) }))
    .sort((a, b) => a.pos - b.pos)
    .map((x) => x.name)
    .filter((x): x is string => x !== null);
}

/** A crumb that links to the site's home page ("/"): the site, not a section. */
function isSiteRoot(item: unknown): boolean {
  const node = item && typeof item === 'object' ? (item as Node) : null;
  const href = typeof item === 'string' ? item : node ? (str(node['@id']) ?? str(node.url)) : null;
  if (!href) return false;
  try {
    return new URL(href).pathname.replace(/\/+$/u, '') === '';
  } catch {
    return false;
  }
}
