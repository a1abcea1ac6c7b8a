import type { FactDraft, Speaker } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';

type StatementDraft = Extract<FactDraft, { type: 'statement' }>;

/** Longest attribution between the two halves of one quote (`," Holtz said. "`, `," said Rep. Ann Lee of Ohio. "`). */
const MAX_GAP = 90;

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.key === b.key && a.name === b.name && a.title === b.title && a.org === b.org && a.kind === b.kind;
}

/**
 * '"We will continue," Holtz said. "It is our job."': the attribution splits one quote of one speaker; the two
 * halves are one statement, whose span runs over the attribution and whose quote is both halves; so are those
 * of '"…," he added, "but …"'. A later quote with a reporting verb of its own ('"…," he told the audience')
 * stays a statement of its own.
 */
function joinable(text: string, a: StatementDraft, b: StatementDraft): boolean {
  if (!a.direct || !b.direct || !sameSpeaker(a.speaker, b.speaker) || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.length > MAX_GAP || gap.includes('\n')) return false;
  // '," he added, "' goes on in one sentence; '," Gates said. "' or '," said X. The merger "' does not.
  return b.verb === null || !/[.!?]/u.test(gap);
}

export function joinSplitQuotes(doc: ExtractDoc, drafts: readonly FactDraft[]): FactDraft[] {
  const out: FactDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (d.type !== 'statement' || prev?.type !== 'statement' || !joinable(doc.text, prev, d)) {
      out.push(d);
      continue;
    }
    out[out.length - 1] = {
      ...prev,
      end: d.end,
      text: doc.text.slice(prev.start, d.end),
      quote: `${prev.quote}${/[.!?…,;:]$/u.test(prev.quote) ? '' : ','} ${d.quote}`,
      verb: prev.verb ?? d.verb,
    };
  }
  return out;
}

/** The extractor with split quotes joined. */
export function withJoinedQuotes(extractor: Extractor): Extractor {
  return { ...extractor, extract: (doc) => joinSplitQuotes(doc, extractor.extract(doc)) };
}
