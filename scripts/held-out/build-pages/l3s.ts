/**
 * L3S-GN1 (Kohlschütter et al., WSDM 2010): 621 English news pages of 2008 from 408 sites found through Google
 * News, each with a copy where assessors marked text blocks as headline (x-nc-sel1), full text (x-nc-sel2),
 * supplemental, related content or comments. Expected text: the headline and full-text blocks, in page order.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Text } from 'domhandler';
import { type BuiltPage, fileName, Mirror, siteOfHost, splitOf } from './mirror.js';

const ROOT = 'L3S-GN1-20100130203947-00001';
const BLOCK = 'p, div, td, th, li, h1, h2, h3, h4, h5, h6, blockquote, pre, dd, dt, table, tr, body';

function urlMapping(m: Mirror): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of m.read(`${ROOT}/url-mapping.txt`).toString('utf8').split('\n')) {
    const [urn, url] = line.trim().split('\t');
    const uuid = /urn:uuid:([0-9a-f-]+)/u.exec(urn ?? '')?.[1];
    if (uuid && url) map.set(uuid, url);
  }
  return map;
}

const SKIP = 'script, style, noscript, noembed, noframes, iframe, textarea, xmp, .x-nc-invisible';

/** The label of a text node: the class of its nearest labelled span (spans nest; the innermost one holds). */
function labelOf($: cheerio.CheerioAPI, node: AnyNode): string | undefined {
  const span = $(node).parent().closest('span[class^="x-nc-sel"]');
  return span.attr('class')?.split(/\s+/u).find((c) => c.startsWith('x-nc-sel'));
}

function textNodes(node: AnyNode, out: Text[]): Text[] {
  if (node.type === 'text') out.push(node as Text);
  else if ('children' in node) for (const c of node.children) textNodes(c, out);
  return out;
}

/** Headline and full-text blocks of an annotated page, one paragraph per enclosing block element. */
export function expectedOfAnnotated(html: string): string {
  const $ = cheerio.load(html);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let block: AnyNode | undefined;
  for (const node of textNodes($.root().get(0) as AnyNode, [])) {
    const label = labelOf($, node);
    if ((label !== 'x-nc-sel1' && label !== 'x-nc-sel2') || $(node).parent().closest(SKIP).length > 0) continue;
    const text = node.data.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const b = $(node).parent().closest(BLOCK).get(0);
    if (b !== block && current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    block = b;
    current.push(text);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}

export function buildL3s(mirrors: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'geodrome/page-signal');
  const urls = urlMapping(m);
  const pages: BuiltPage[] = [];
  for (const path of m.list(`${ROOT}/annotated`)) {
    const uuid = /([0-9a-f-]+)\.html$/u.exec(path)?.[1];
    const url = uuid === undefined ? undefined : urls.get(uuid);
    if (uuid === undefined || url === undefined) continue;
    const expected = expectedOfAnnotated(m.read(path).toString('utf8'));
    if (expected.length < 200) continue;
    const original = `${ROOT}/original/${uuid}.html`;
    const id = `l3s-${uuid.slice(0, 8)}`;
    const row = { id, url, file: fileName(id), expected, source: m.source(original) };
    pages.push({ row, split: splitOf(siteOfHost(new URL(url).hostname)), bytes: m.read(original) });
  }
  return pages;
}
