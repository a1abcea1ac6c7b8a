import { Fact, zodReason, type Article } from '../core/index.js';
import { articleSentences } from '../extractors/common/sentences.js';
import { EXTRACTORS, runExtractors, type ExtractDoc, type Extractor } from '../extractors/index.js';
import { factId } from '../facts/fact-id.js';
import { defaultUtcOffset } from '../core/languages/index.js';

export type ArticleWithoutFacts = Omit<Article, 'facts' | 'fetchedAt'>;

export interface FactsResult {
  facts: Fact[];
  /** Drafts that failed the schema or their span check (never emitted), and extractors that threw. */
  rejected: Array<{ extractor: string; reason: string }>;
}

export function extractDoc(article: ArticleWithoutFacts, utcOffset?: string): ExtractDoc {
  return {
    url: article.canonicalUrl ?? article.url,
    text: article.text,
    lang: article.lang,
    paragraphs: article.paragraphs,
    sentences: articleSentences(article.text, article.paragraphs, article.lang),
    publishedAt: article.publishedAt,
    utcOffset:
      utcOffset ?? offsetOf(article.publishedAt) ?? defaultUtcOffset({ lang: article.lang, host: hostOf(article.url) }),
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function offsetOf(iso: string | null): string | undefined {
  if (!iso) return undefined;
  if (iso.endsWith('Z')) return '+00:00';
  return /([+-]\d\d:\d\d)$/.exec(iso)?.[1];
}

/** Runs every extractor over the article and gives each fact its stable id, in text order. */
export function articleToFacts(
  article: ArticleWithoutFacts,
  opts: { extractors?: readonly Extractor[]; utcOffset?: string } = {},
): FactsResult {
  if (!article.text) return { facts: [], rejected: [] };
  const doc = extractDoc(article, opts.utcOffset);
  const facts: Fact[] = [];
  const { drafts, failed } = runExtractors(doc, opts.extractors ?? EXTRACTORS);
  const rejected: FactsResult['rejected'] = [...failed];
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (article.text.slice(draft.start, draft.end) !== draft.text) {
      rejected.push({ extractor: draft.extractor.name, reason: `span ${draft.start}-${draft.end} does not match its text` });
      continue;
    }
    const parsed = Fact.safeParse({ ...draft, id: factId(doc.url, draft) });
    if (!parsed.success) {
      rejected.push({ extractor: draft.extractor.name, reason: zodReason(parsed.error, '(fact)') });
      continue;
    }
    if (seen.has(parsed.data.id)) continue;
    seen.add(parsed.data.id);
    facts.push(parsed.data);
  }
  facts.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  return { facts, rejected };
}
