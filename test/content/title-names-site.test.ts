import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';
import { namesTheSite, stripTitleTail } from '../../src/content/metadata/title.js';

const at = (url: string, siteName: string | null = null) => ({ siteName, url, suffixes: [] as string[] });

describe('a title part or heading that names the site', () => {
  it('strips a tail that is a masthead ending in the host\'s brand', () => {
    expect(stripTitleTail('„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung', at('https://www.tageszeitung.it/2025/04/01/x/'))).toBe('„Unermüdlicher Einsatz“');
    expect(stripTitleTail('Bohnenviertel - Stadt Stuttgart', at('https://www.stuttgart.de/x'))).toBe('Bohnenviertel');
  });

  it('keeps a tail that only mentions the brand inside a longer phrase, or a short brand', () => {
    expect(stripTitleTail('Storm hits the coast - a long night for the people of Stuttgart and beyond', at('https://www.stuttgart.de/x'))).toBe(
      'Storm hits the coast - a long night for the people of Stuttgart and beyond',
    );
    expect(stripTitleTail('Banjir di Bekasi - Warga Mengungsi ke Masjid', at('https://www.masjid.id/x'))).toBe('Banjir di Bekasi - Warga Mengungsi ke Masjid');
    expect(stripTitleTail('Polizei - Großbrand in Stuttgart', at('https://www.stuttgart.de/x'))).toBe('Polizei - Großbrand in Stuttgart');
  });

  it('takes a heading that is og:site_name plus a word for the masthead, not a headline that starts with the name', () => {
    expect(namesTheSite('Foreign Policy Magazine', 'Foreign Policy')).toBe(true);
    expect(namesTheSite('Kompas', 'Kompas.com')).toBe(true);
    expect(namesTheSite('Foreign Policy after the election: what changes', 'Foreign Policy')).toBe(false);
    expect(namesTheSite('Foreign Policy Magazine', '')).toBe(false);
  });

  it('gives the article headline, not the logo h1 that shares its words', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>The campaign in paragraph ${i} turned on foreign policy questions that voters weighed for weeks before the election day.</p>`).join('');
    const html = `<html><head><title>What the election means for American foreign policy | Stephen Walt</title>
      <meta property="og:title" content="What the election means for American foreign policy"><meta property="og:site_name" content="Foreign Policy"></head>
      <body><h1><a href="http://www.foreignpolicy.com">Foreign Policy Magazine</a></h1><nav><a href="/a">A</a></nav>
      <div class="post"><h1><a href="/posts/x">What the election means for American foreign policy</a></h1>${body}</div></body></html>`;
    expect(extractGeneric(cheerio.load(html), 'http://walt.foreignpolicy.com/posts/x').title).not.toBe('Foreign Policy Magazine');
  });
});
