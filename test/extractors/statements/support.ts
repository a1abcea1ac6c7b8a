import type { Lang, StatementFact } from '../../../src/core/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/** What one statement must look like; `title`/`org` are checked only when given. */
export interface Expected {
  key: string | null;
  direct: boolean;
  /** Exactly the fact's `quote`. */
  quote: string;
  title?: string | null;
  org?: string | null;
  verb?: string | null;
}

export interface Case {
  name: string;
  /** Body paragraphs; a headline is put before them unless `raw`. */
  text: string | string[];
  /** The paragraphs as given: the first one is then the headline. */
  raw?: boolean;
  expect: Expected[];
}

export function run(extractor: Extractor, lang: Lang, c: Case): { facts: StatementFact[]; text: string } {
  const body = Array.isArray(c.text) ? c.text : [c.text];
  const doc = docFromText(c.raw ? body : ['Tin tức', ...body], { lang });
  const facts = extractor.extract(doc).filter((f): f is Omit<StatementFact, 'id'> & { type: 'statement' } => f.type === 'statement');
  return { facts: facts as StatementFact[], text: doc.text };
}

/** A found statement counts when its quote and its speaker key are both right. */
export function matches(f: Pick<StatementFact, 'quote' | 'speaker' | 'direct'>, e: Expected): boolean {
  return f.quote === e.quote && f.speaker.key === e.key && f.direct === e.direct;
}

