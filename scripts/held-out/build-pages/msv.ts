/**
 * MSVCode/ir-research-data `Extraction/`: big9 (9 English news sites, 10 pages each of 2005, 2009, 2013, 2017) and
 * chaos (360 pages of 2017 from about 240 sites), each page with a gold text made by the dataset's authors. Split by
 * site (canonical or og:url host, archive.org unwrapped; else the host most links point to).
 */
import { basename } from 'node:path';
import { type BuiltPage, declaredUrl, fileName, Mirror, siteOfHost, splitOf } from './mirror.js';

const ARCHIVE = /^(?:https?:)?\/\/(?:[a-z-]+\.)?archive\.org\/web\/[^/]+\//u;
const unwrapArchive = (url: string): string => url.replace(ARCHIVE, '');

function majorityHost(html: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/href=["']?(https?:\/\/[^"'\s>]+)/giu)) {
    try {
      const host = new URL(unwrapArchive(m[1] ?? '')).hostname;
      if (!host.endsWith('archive.org')) counts.set(host, (counts.get(host) ?? 0) + 1);
    } catch {
      // an unparsable link counts for no host
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function pageUrl(html: string, name: string): string {
  const declared = declaredUrl(html);
  if (declared !== undefined) return unwrapArchive(declared);
  return `http://${majorityHost(html) ?? 'msv.invalid'}/msv/${encodeURIComponent(name)}`;
}

function buildFolder(m: Mirror, folder: string, prefix: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const path of m.list(`${folder}/html`)) {
    const name = basename(path).replace(/\.html?$/u, '');
    const goldPath = `${folder}/gold/${name}.txt`;
    const expected = m.read(goldPath).toString('utf8').replace(/^\uFEFF/u, '').trim();
    if (expected.length < 200) continue;
    const bytes = m.read(path);
    const url = pageUrl(bytes.toString('latin1'), name);
    const id = `${prefix}-${name}`;
    const row = { id, url, file: fileName(id), expected, source: m.source(path) };
    pages.push({ row, split: splitOf(siteOfHost(new URL(url).hostname)), bytes });
  }
  return pages;
}

export function buildMsv(mirrors: string): { big9: BuiltPage[]; chaos: BuiltPage[] } {
  const m = new Mirror(mirrors, 'MSVCode/ir-research-data');
  const years = ['05', '09', '13', '17'];
  return {
    big9: years.flatMap((y) => buildFolder(m, `Extraction/big5-${y}`, `big9-${y}`)),
    chaos: buildFolder(m, 'Extraction/chaos-all', 'chaos'),
  };
}
