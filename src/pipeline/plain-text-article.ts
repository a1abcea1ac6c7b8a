import type { DetectedLang, Paragraph, ParagraphKind } from '../core/index.js';
import type { ArticleWithoutFacts } from './article-to-facts.js';

/**
 * An article from plain text, laid out as the cleaner lays out a page: `text` is the paragraphs (title first,
 * when there is one) joined by blank lines, NFC. For evaluation sets and replays of text that has no HTML.
 */
export function plainTextArticle(
  body: readonly string[],
  opts: { lang: DetectedLang; url: string; title?: string; publishedAt?: string | null },
): ArticleWithoutFacts {
  const blocks: Array<{ text: string; kind: ParagraphKind }> = [];
  const title = opts.title?.normalize('NFC').trim();
  if (title) blocks.push({ text: title, kind: 'title' });
  for (const p of body) {
    const text = p.normalize('NFC').trim();
    if (text) blocks.push({ text, kind: 'body' });
  }
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const b of blocks) {
    paragraphs.push({ text: b.text, lang: opts.lang, kind: b.kind, start: offset, end: offset + b.text.length });
    offset += b.text.length + 2;
  }
  return {
    url: opts.url,
    canonicalUrl: null,
    site: new URL(opts.url).hostname,
    lang: opts.lang,
    title: title ?? '',
    lead: '',
    text: blocks.map((b) => b.text).join('\n\n'),
    paragraphs,
    publishedAt: opts.publishedAt ?? null,
    modifiedAt: null,
    authors: [],
    section: null,
    captions: [],
  };
}
