import type { DetectedLang, Paragraph } from '../../src/core/index.js';
import { articleSentences } from '../../src/extractors/common/sentences.js';
import type { ExtractDoc } from '../../src/extractors/index.js';

/** An ExtractDoc from plain paragraphs, as the pipeline would build it (text = paragraphs joined by blank lines). */
export function docFromText(
  paragraphs: string | string[],
  opts: { lang: DetectedLang; publishedAt?: string | null; utcOffset?: string; url?: string },
): ExtractDoc {
  const list = (Array.isArray(paragraphs) ? paragraphs : [paragraphs]).map((p) => p.normalize('NFC'));
  const text = list.join('\n\n');
  const paras: Paragraph[] = [];
  let offset = 0;
  for (const [i, p] of list.entries()) {
    paras.push({ text: p, lang: opts.lang, kind: i === 0 && list.length > 1 ? 'title' : 'body', start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  return {
    url: opts.url ?? 'https://example.test/article',
    text,
    lang: opts.lang,
    paragraphs: paras,
    sentences: articleSentences(text, paras, opts.lang),
    publishedAt: opts.publishedAt === undefined ? '2021-09-06T17:30:00+07:00' : opts.publishedAt,
    utcOffset: opts.utcOffset ?? '+07:00',
  };
}
