import { extractorRef, type ExtractDoc } from '../../common/extractor.js';
import type { Speaker } from '../../../core/index.js';
import { type StatementDraft, letterWords } from './draft.js';

/*
 * "Battery Group said in a statement … . The balance will be funded by debt, it said.", "It said it hopes to …":
 * "it" as the whole subject of a reporting verb speaks for the body whose statement comes right before it, when
 * that body is named and spoke a little before. With a person's statement between, or no named body, "it" may be
 * a study, a report or a document: no statement.
 */

const VERB = '(?<verb>said|says|added)';
const WHEN = '(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?';
const HOW = '(?:\\s+in\\s+(?:a|an|its)\\s+(?:\\p{Ll}+\\s+){0,2}(?:statement|report|release|filing|letter))?';
/** "<clause>, it said (on Monday)." */
const AFTER = new RegExp(`^(?<clause>[^"“”]+?)\\s*,\\s+it\\s+(?:also\\s+)?${VERB}${WHEN}${HOW}\\s*\\.?$`, 'u');
/** "It (also) said (on Monday) (that) <clause>." */
const BEFORE = new RegExp(`^It\\s+(?:also\\s+)?${VERB}${WHEN}${HOW}\\s+(?:that\\s+)?(?<clause>[^"“”]+?)\\.?$`, 'u');
const MIN_WORDS = 4;
/** How far back (characters) the body's own statement may end. */
const LOOK_BACK = 400;

function namedBody(s: Speaker): boolean {
  return s.kind === 'organisation' && s.key === null && /^\p{Lu}/u.test(s.name ?? s.org ?? '');
}

/** The statements "it" makes for the named body that spoke right before, in sentences with no statement yet. */
export function itStatements(doc: ExtractDoc, found: readonly StatementDraft[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const s of doc.sentences) {
    if (s.lang !== 'en' || found.some((d) => d.start < s.end && d.end > s.start)) continue;
    const sentence = s.text.trim();
    const g = (AFTER.exec(sentence) ?? BEFORE.exec(sentence))?.groups;
    if (!g?.clause || !g.verb || letterWords(g.clause) < MIN_WORDS) continue;
    const from = s.start + s.text.indexOf(sentence);
    const before = [...found, ...out].filter((d) => d.end <= from).sort((a, b) => a.end - b.end).at(-1);
    if (!before || !namedBody(before.speaker) || from - before.end > LOOK_BACK) continue;
    const clause = g.clause.trim();
    const start = from + sentence.indexOf(clause);
    out.push({
      type: 'statement',
      lang: 'en',
      text: clause,
      start,
      end: start + clause.length,
      sentence,
      extractor: extractorRef('en', 'statement'),
      speaker: { ...before.speaker },
      quote: clause,
      direct: false,
      verb: g.verb,
    });
  }
  return out;
}
