import type { CheerioAPI, MainContent } from '../types.js';

/** Generic main-text extraction for sites with no profile. */
export function extractGeneric($: CheerioAPI, _url: string): MainContent {
  const blocks = $('p')
    .toArray()
    .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ text, kind: 'body' as const }));
  return {
    title: $('h1').first().text().trim() || null,
    lead: '',
    blocks,
    captions: [],
    method: 'generic',
    ...(blocks.length === 0 ? { reason: 'no main text found' } : {}),
  };
}
