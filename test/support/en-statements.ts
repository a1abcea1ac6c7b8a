import { enStatementExtractor } from '../../src/extractors/en/statements/index.js';
import { docFromText } from './doc-from-text.js';

export interface EnStatementRow {
  key: string | null;
  name: string | null;
  title: string | null;
  org: string | null;
  kind: string | undefined;
  quote: string;
  direct: boolean;
}

/** The English statements of invented paragraphs (joined by ' || ') under a headline, as flat rows. */
export function enStatements(text: string): EnStatementRow[] {
  const doc = docFromText(['Headline', ...text.split(' || ')], { lang: 'en' });
  return enStatementExtractor.extract(doc).flatMap((f) => {
    if (f.type !== 'statement') return [];
    const { key, name, title, org } = f.speaker;
    const kind = (f.speaker as { kind?: string }).kind;
    return [{ key, name, title, org, kind, quote: f.quote, direct: f.direct }];
  });
}
