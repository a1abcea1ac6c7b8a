import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import type { StatementDraft } from './draft.js';
import { overlaps, reread, type Rewrite } from './reread.js';

/*
 * "Roof said of Sheppard, "I didn't shoot her …"", "Childress said of the potential for Favre playing, "We've
 * got to …"": "of" and a noun phrase between a reporting verb and its quote name the topic, not the speaker or
 * the content. The engine reads 'X said, "…"' and 'X said: "…"', so the page is read again with the topic
 * blanked (its comma or colon moved up to the verb, same length), and the quotes found there that the first
 * reading did not have are added.
 */

const SAID_OF =
  /(?<=(?:^|\s)(?:said|says|wrote|writes|added|adds))(?<topic>\s+of\s+[^:,;"“”.!?]{1,60}?)(?<punct>[:,])\s*(?=["“])/gu;

function topicRewrites(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(SAID_OF)) {
      const g = m.groups!;
      const start = s.start + (m.index ?? 0);
      const length = g.topic!.length + g.punct!.length;
      out.push({ start, end: start + length, text: g.punct!.padEnd(length, ' '), sentence: { start: s.start, end: s.end } });
    }
  }
  return out;
}

/** Quotes introduced by "said of <topic>," that the engine's first reading missed. */
export function saidOfReports(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  found: readonly FactDraft[],
): StatementDraft[] {
  const rewrites = topicRewrites(doc);
  const had = found.filter((d): d is StatementDraft => d.type === 'statement');
  return reread(doc, extract, rewrites)
    .filter((d) => d.direct && rewrites.some((r) => r.end <= d.start && overlaps(r.sentence, d)))
    .filter((d) => !had.some((h) => overlaps(h, d)));
}
