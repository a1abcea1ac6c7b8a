import type { Article, DateFact, DoseFact, Fact, FactDraft, StatementFact } from '../../src/core/index.js';
import { factId } from '../../src/facts/fact-id.js';
import { docFromText } from '../support/doc-from-text.js';

type Lang = 'vi' | 'id' | 'en';
type Own<T> = Omit<T, 'id' | 'lang' | 'text' | 'start' | 'end' | 'sentence' | 'extractor' | 'type'>;

/** A fact spec: the span's text (its `nth` occurrence, 0-based) and the type's own fields. */
export type Spec =
  | ({ type: 'dose'; span: string; nth?: number } & Partial<Own<DoseFact>>)
  | ({ type: 'date'; span: string; nth?: number } & Partial<Own<DateFact>>)
  | ({ type: 'statement'; span: string; nth?: number } & Partial<Own<StatementFact>>);

/** A hand-made article: paragraphs joined as the pipeline joins them, facts located by their span text. */
export function makeArticle(
  paragraphs: string[],
  specs: Spec[],
  opts: { lang?: Lang; url?: string; publishedAt?: string | null; site?: string } = {},
): Article {
  const lang = opts.lang ?? 'vi';
  const url = opts.url ?? 'https://example.test/a-1';
  const doc = docFromText(paragraphs, { lang, url, publishedAt: opts.publishedAt });
  const facts: Fact[] = specs.map((s) => {
    let start = -1;
    for (let k = 0; k <= (s.nth ?? 0); k++) start = doc.text.indexOf(s.span, start + 1);
    if (start < 0) throw new Error(`span "${s.span}" not in text`);
    const end = start + s.span.length;
    const sentence = doc.sentences.find((x) => x.start <= start && end <= x.end)?.text ?? s.span;
    const base = { lang, text: s.span, start, end, sentence, extractor: { name: `${lang}/${s.type}`, version: '1' } };
    const { span: _s, nth: _n, ...own } = s;
    let draft: FactDraft;
    if (own.type === 'dose') {
      draft = { ...base, value: null, valueMax: null, approximate: false, item: null, status: 'unknown', counterpart: null, ...own };
    } else if (own.type === 'date') {
      draft = { ...base, value: '2021', mod: null, granularity: 'year', implied: [], ...own };
    } else {
      draft = { ...base, speaker: { name: null, key: null, title: null, org: null, kind: 'person' }, quote: s.span, direct: true, verb: null, ...own };
    }
    return { ...draft, id: factId(url, draft) } as Fact;
  });
  facts.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    url,
    canonicalUrl: null,
    site: opts.site ?? 'example',
    lang,
    title: paragraphs[0] ?? '',
    lead: '',
    text: doc.text,
    paragraphs: [...doc.paragraphs],
    publishedAt: doc.publishedAt,
    modifiedAt: null,
    authors: [],
    section: null,
    captions: [],
    fetchedAt: '2026-01-01T00:00:00Z',
    facts,
  };
}

export function factBySpan(a: Article, span: string): Fact {
  const f = a.facts.find((x) => x.text === span);
  if (!f) throw new Error(`no fact "${span}"`);
  return f;
}
