import { extractorRef, type ExtractDoc } from '../../common/extractor.js';
import type { Speaker } from '../../../core/index.js';
import { type StatementDraft, letterWords } from './draft.js';

/*
 * "Battery Group said in a statement … . The balance will be funded by debt, it said.", "Officials told the
 * Associated Press that … . Iran, they said, wants …": "it" or "they" as the whole subject of a reporting verb
 * speaks for whoever made the statement right before it, when that speaker fits the pronoun (a named body for
 * "it", unnamed people for "they") and spoke a little before. With any other speaker between, "it" may be a
 * study or a document and "they" anyone: no statement.
 */

const WHEN = '(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?';
const HOW = '(?:\\s+in\\s+(?:a|an|its)\\s+(?:\\p{Ll}+\\s+){0,2}(?:statement|report|release|filing|letter))?';
const MIN_WORDS = 4;
/** How far back (characters) the speaker's own statement may end. */
const LOOK_BACK = 400;

interface PronounSubject {
  /** "<clause>, it said (on Monday)." */
  after: RegExp;
  /** "It (also) said (on Monday) (that) <clause>." */
  before: RegExp;
  /** "Iran, they said, wants …": the clause runs on both sides of the attribution. */
  around: RegExp | null;
  fits: (s: Speaker) => boolean;
}

function shapes(lower: string, verbs: string): Omit<PronounSubject, 'fits'> {
  const upper = lower[0]!.toUpperCase() + lower.slice(1);
  const verb = `(?<verb>${verbs})`;
  return {
    after: new RegExp(`^(?<clause>[^"“”]+?)\\s*,\\s+${lower}\\s+(?:also\\s+)?${verb}${WHEN}${HOW}\\s*\\.?$`, 'u'),
    before: new RegExp(`^${upper}\\s+(?:also\\s+)?${verb}${WHEN}${HOW}\\s+(?:that\\s+)?(?<clause>[^"“”]+?)\\.?$`, 'u'),
    around: new RegExp(`^(?<head>[^"“”,]+?),\\s+${lower}\\s+${verb},\\s+(?<rest>\\p{Ll}[^"“”]+?)\\.?$`, 'u'),
  };
}

const SUBJECTS: readonly PronounSubject[] = [
  {
    ...shapes('it', 'said|says|added'),
    around: null,
    fits: (s) => s.kind === 'organisation' && s.key === null && /^\p{Lu}/u.test(s.name ?? s.org ?? ''),
  },
  {
    ...shapes('they', 'said|say|added'),
    // Unnamed people in the plural ("Officials", "Western diplomats", "Analysts").
    fits: (s) => s.kind === 'person' && s.name === null && s.key === null && /[^s]s$/u.test(s.title ?? ''),
  },
];

interface Read {
  clause: string;
  verb: string;
  fits: (s: Speaker) => boolean;
}

function read(sentence: string): Read | null {
  for (const p of SUBJECTS) {
    const g = (p.after.exec(sentence) ?? p.before.exec(sentence))?.groups;
    if (g?.clause && g.verb) return { clause: g.clause.trim(), verb: g.verb, fits: p.fits };
    const a = p.around?.exec(sentence)?.groups;
    if (a?.head && a.rest && a.verb) return { clause: `${a.head.trim()} ${a.rest.trim()}`, verb: a.verb, fits: p.fits };
  }
  return null;
}

/** The statements a subject pronoun makes for the fitting speaker right before, in sentences with no statement yet. */
export function pronounSubjectStatements(doc: ExtractDoc, found: readonly StatementDraft[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const s of doc.sentences) {
    if (s.lang !== 'en' || found.some((d) => d.start < s.end && d.end > s.start)) continue;
    const sentence = s.text.trim();
    const r = read(sentence);
    if (!r || letterWords(r.clause) < MIN_WORDS) continue;
    const from = s.start + s.text.indexOf(sentence);
    const before = [...found, ...out].filter((d) => d.end <= from).sort((a, b) => a.end - b.end).at(-1);
    if (!before || !r.fits(before.speaker) || from - before.end > LOOK_BACK) continue;
    // A clause read around the attribution is not one piece of the text: the statement spans the sentence.
    const at = sentence.indexOf(r.clause);
    const start = from + Math.max(0, at);
    const end = at >= 0 ? start + r.clause.length : from + sentence.length;
    out.push({
      type: 'statement',
      lang: 'en',
      text: doc.text.slice(start, end),
      start,
      end,
      sentence,
      extractor: extractorRef('en', 'statement'),
      speaker: { ...before.speaker },
      quote: r.clause,
      direct: false,
      verb: r.verb,
    });
  }
  return out;
}
