import { classAndId } from '../generic/class-patterns.js';
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { SiteProfile } from '../../sites/profile.js';
import { isCommentHeading, isRelatedHeading, normalizeHeading } from '../boilerplate-vocabulary.js';
import type { CheerioAPI } from '../types.js';

/** Page regions whose dates and names belong to other articles or to readers, never to this article. */
const FOREIGN_TAGS = new Set(['header', 'aside', 'footer', 'nav', 'form']);
const FOREIGN_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo']);
const FOREIGN_NAME_PARTS = [
  'related', 'relate', 'comment', 'sidebar', 'most-read', 'mostread', 'popular', 'box-news', 'other-news', 'newsletter',
  'date-now', 'time-now', 'today', 'read-also', 'baca-juga', 'site-header', 'site-footer', 'komentar', 'terkait',
];
const FOREIGN_CLASSES = new Set(['story', 'header', 'footer']);
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5']);
const HEADING_CLASSES = /(?:^|\s)(?:box-heading|box-title|title)(?:\s|$)/u;

interface DocumentZones {
  /** The headline and its ancestors: a region holding the headline is the article's own. */
  headlinePath: Set<Element>;
  removed: Set<Element>;
  verdict: WeakMap<Element, boolean>;
}

const cache = new WeakMap<object, Map<string, DocumentZones>>();

function zonesOf($: CheerioAPI, profile: SiteProfile | undefined): DocumentZones {
  const root = $.root().get(0) as object;
  let byProfile = cache.get(root);
  if (!byProfile) cache.set(root, (byProfile = new Map()));
  const key = profile?.name ?? '';
  let zones = byProfile.get(key);
  if (!zones) {
    const headlinePath = new Set<Element>();
    const h1 = $('h1').first();
    for (const el of [...h1.toArray(), ...h1.parents().toArray()]) headlinePath.add(el as Element);
    const removeSelector = profile?.selectors.remove.join(',') ?? '';
    const removed = new Set<Element>(removeSelector ? ($(removeSelector).toArray() as Element[]) : []);
    zones = { headlinePath, removed, verdict: new WeakMap() };
    byProfile.set(key, zones);
  }
  return zones;
}

/**
 * True when el sits in a sidebar, related-news list, comment block or a block the profile removes. A
 * region that holds the headline is the article's own, whatever its class says (VnExpress's main column
 * is "sidebar-1", article headers are <header>). `own`: regions the caller knows are the article's (the ancestors of
 * its headline when that is not the page's first <h1>, as on a blog whose site header holds an <h1> with its name).
 */
export function inForeignRegion(
  $: CheerioAPI,
  el: Cheerio<AnyNode>,
  profile: SiteProfile | undefined,
  own?: OwnRegion,
): boolean {
  const zones = zonesOf($, profile);
  const stops = new Set((profile?.boilerplateHeadings ?? []).map(normalizeHeading));
  const start = el.get(0);
  for (let node = start as Element | null; node && node.type === 'tag'; node = node.parent as Element | null) {
    if (own?.region?.has(node) || (own?.articleHeaders === true && closesOwnArticle(node))) continue;
    let v = zones.verdict.get(node);
    if (v === undefined) {
      v = !zones.headlinePath.has(node) && (zones.removed.has(node) || looksForeign(node) || opensWithBoilerplateHeading($, node, start, stops));
      zones.verdict.set(node, v);
    }
    if (v) return true;
  }
  return false;
}

/** What the caller knows is the article's own, whatever its tags and classes say. */
export interface OwnRegion {
  /** The ancestors of the article's headline when it is not the page's first <h1>. */
  region?: ReadonlySet<Element> | undefined;
  /** Every <header> and <footer> inside an <article> (a date search; a byline search keeps them foreign). */
  articleHeaders?: boolean;
}

/** A <header> or <footer> inside an <article> heads or closes that article (HTML's sectioning rule), not the site. */
function closesOwnArticle(el: Element): boolean {
  if (el.name !== 'header' && el.name !== 'footer') return false;
  for (let node = el.parent as Element | null; node && node.type === 'tag'; node = node.parent as Element | null) {
    if (node.name === 'article') return true;
  }
  return false;
}

function looksForeign(el: Element): boolean {
  if (FOREIGN_TAGS.has(el.name)) return true;
  const role = el.attribs.role;
  if (role && FOREIGN_ROLES.has(role)) return true;
  const names = classAndId(el).toLowerCase();
  if (!names.trim()) return false;
  if (FOREIGN_NAME_PARTS.some((p) => names.includes(p))) return true;
  return names.split(/\s+/u).some((c) => FOREIGN_CLASSES.has(c));
}

/** A container whose own heading is "Tin liên quan", "Komentar", "Related news"… */
function opensWithBoilerplateHeading($: CheerioAPI, el: Element, start: AnyNode | undefined, stops: Set<string>): boolean {
  const heading = el.children.find(
    (c): c is Element => c.type === 'tag' && (HEADING_TAGS.has((c as Element).name) || HEADING_CLASSES.test((c as Element).attribs.class ?? '')),
  );
  if (!heading || heading === start) return false;
  const text = $(heading).text();
  return text.length < 60 && (isRelatedHeading(text) || isCommentHeading(text) || stops.has(normalizeHeading(text)));
}
