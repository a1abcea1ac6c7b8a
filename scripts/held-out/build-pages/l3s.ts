/**
 * L3S-GN1 (Kohlschütter et al., WSDM 2010): 621 English news pages of 2008 from 408 sites found through Google
 * News, each with a copy where assessors marked text blocks as headline (x-nc-sel1), full text (x-nc-sel2),
 * supplemental, related content or comments. Expected text: the headline and full-text blocks, in page order.
 */
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
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

const blockOf = ($: cheerio.CheerioAPI, el: AnyNode): AnyNode | undefined => $(el).closest(BLOCK).get(0);

/** Headline and full-text blocks of an annotated page, one paragraph per enclosing block element. */
export function expectedOfAnnotated(html: string): string {
  const $ = cheerio.load(html);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let block: AnyNode | undefined;
  $('span.x-nc-sel1, span.x-nc-sel2').each((_, el) => {
    if ($(el).closest('.x-nc-invisible').length > 0) return;
    const text = $(el).text().replace(/\s+/gu, ' ').trim();
    if (text === '') return;
    const b = blockOf($, el);
    if (b !== block && current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    block = b;
    current.push(text);
  });
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
