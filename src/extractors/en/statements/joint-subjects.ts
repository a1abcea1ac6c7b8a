import { escapeRe } from '../../common/pattern/index.js';
import { type StatementDraft, VERB_ALTERNATION } from './draft.js';

/*
 * "Buffett and Van Tuyl said that …", "Reps. Ann Lee of Ohio and Tom Reed of Iowa said …", '"…," Lee and Reed
 * wrote.': two named people are the subject, and the engine keeps only the one next to the verb. Which of them
 * said it is not clear, so there is no statement (a wrong speaker is worse than a missing one). This covers what
 * coordinatedSubject (unnamed.ts) leaves: a one-word first name, a place after a name ("of Ohio"), a quote before
 * its attribution, and a second verb of that subject ("… said they found it troubling and said it …").
 */

const WORD = "\\p{Lu}[\\p{L}.'’-]*";
/** A capitalised name of one to four words, with an optional "of <Place>" after it. */
const NAME = `${WORD}(?:\\s+${WORD}){0,3}(?:\\s+of\\s+${WORD})?`;

/** Whether the statement's sentence has "<Name> and <… speaker's surname> <reporting verb>" as a subject. */
export function jointSubject(d: StatementDraft): boolean {
  const s = d.speaker;
  if (s.kind !== 'person' || !s.name) return false;
  const surname = s.name.split(/\s+/u).pop()!;
  const re = new RegExp(
    `(?<![\\p{L}])${NAME}\\s+and\\s+(?:${WORD}\\s+){0,3}${escapeRe(surname)}(?:\\s+of\\s+${WORD})?` +
      `\\s+(?:both\\s+|also\\s+|jointly\\s+)?(?:${VERB_ALTERNATION})(?![\\p{L}])`,
    'u',
  );
  return re.test(d.sentence);
}
