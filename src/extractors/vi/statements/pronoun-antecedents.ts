import type { FactDraft, Speaker } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { wordsRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import type { StatementDraft } from '../../common/statements/types.js';
import { attributionOf } from './confidence.js';
import { NAME_WORD, PLACE_NAMES, SURNAMES } from './weak-evidence.js';
import { FOREIGN_NAME_PARTICLES, GENDERS, SPEAKING_PRONOUNS } from './constants.js';

/*
 * "bà Ursula von der Leyen đã đưa ra ý tưởng … . Bà cho rằng …", "ông Ihnat cho biết … . “…” - ông chia sẻ.": the
 * engine ties a pronoun only to people it knows, and a foreign name of one word after an honorific is not one of
 * them; the statement comes out with no speaker at all. The pronoun's person is the one person of its gender named
 * in the nearest sentence before it (or earlier in its own sentence) that names someone of that gender. When no one
 * or several fit, or the speaker is no pronoun, a statement with no name, title or body says nothing about who
 * spoke: it is left out.
 */

type Gender = 'male' | 'female';

const GENDER_OF = new Map<string, Gender>([
  ...GENDERS.male.map((w): [string, Gender] => [w, 'male']),
  ...GENDERS.female.map((w): [string, Gender] => [w, 'female']),
]);
const HONORIFIC_WORDS = [...GENDER_OF.keys()].filter((w) => !w.includes(' '));
/** How many sentences back a pronoun looks for its person. */
const SENTENCES_BACK = 3;
const PARTICLE = `(?:${FOREIGN_NAME_PARTICLES.join('|')})`;
/** Capitalised words, with foreign particles only between two of them: "Zaluzhny", "Ursula von der Leyen". */
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){0,4}`;
/** "bà Paetongtarn", "Ông Zaluzhny": an honorific and a name (capitalised honorifics are checked to open the sentence). */
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])(${HONORIFIC_WORDS.map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}`).join('|')})\\s+(${NAME})(?![\\p{L}])`, 'gu');
/** A run of capitalised words: from its first family name on, a Vietnamese full name ("Trần Hồng Hà"). */
const CAPITALISED_RUN = new RegExp(`(?<![\\p{L}\\p{M}.'-])${NAME_WORD}(?:\\s+${NAME_WORD})+`, 'gu');
/** The pronoun that speaks: alone, not followed by a name. */
const PRONOUN = new RegExp(`${wordsRe([...SPEAKING_PRONOUNS].flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]))}(?!\\s+\\p{Lu})`, 'gu');

/** "Hà Nội." at a sentence's end: the full stop is no part of the name (an initial's is: "Trần T."). */
const withoutFullStop = (name: string): string => name.replace(/(?<=\p{L}{2})\.$/u, '');

interface Candidate {
  name: string;
  gender: Gender | null;
}

/** The people a stretch of text names: after an honorific (with its gender), or as a Vietnamese full name. */
function candidatesIn(text: string, opensSentence: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const word = m[1]!;
    // "tỉnh Bà Rịa", "cầu Ông Lãnh": a capitalised honorific inside a sentence opens a place's name.
    if (word !== word.toLowerCase() && !(opensSentence && text.slice(0, m.index).trim() === '')) continue;
    out.push({ name: withoutFullStop(m[2]!), gender: GENDER_OF.get(word.toLowerCase()) ?? null });
  }
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const run = withoutFullStop(m[0]).split(/\s+/u);
    const first = run.findIndex((w) => SURNAMES.has(w));
    const words = first < 0 ? [] : run.slice(first);
    const name = words.join(' ');
    if (words.length < 2 || words.length > 5 || PLACE_NAMES.has(name.toLowerCase())) continue;
    if (out.some((c) => c.name.endsWith(name) || name.endsWith(c.name))) continue;
    out.push({ name, gender: words.some((w) => (GENDERS.femaleNameWords as readonly string[]).includes(w)) ? 'female' : null });
  }
  return out;
}

/** One person per name: "ông Nam" after "ông Nguyễn Văn Nam" is the same person. */
function distinctPeople(fit: readonly Candidate[]): Candidate[] {
  const full = fit.filter((c) => !fit.some((o) => o !== c && o.name.length > c.name.length && o.name.endsWith(` ${c.name}`)));
  return [...new Map(full.map((c) => [personKey(c.name), c])).values()];
}

/** The speaking pronoun's place in the text, or null when the statement's subject is no pronoun. */
function pronounAt(doc: ExtractDoc, d: StatementDraft): { pos: number; gender: Gender } | null {
  const attribution = attributionOf(doc, d);
  const hits = [...attribution.matchAll(PRONOUN)];
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  const gender = GENDER_OF.get(hit[0].trim().toLowerCase().split(/\s+/u)[0]!);
  const s = doc.sentences.find((x) => x.start <= d.start && d.start < x.end);
  if (!gender || !s) return null;
  const before = doc.text.slice(s.start, d.start);
  const offset = before.endsWith(attribution) ? d.start - attribution.length : d.end + doc.text.slice(d.end, s.end).indexOf(attribution);
  return { pos: offset + hit.index, gender };
}

/** The one person the pronoun can mean, or null. */
function antecedent(doc: ExtractDoc, d: StatementDraft): Speaker | null {
  const pronoun = pronounAt(doc, d);
  if (!pronoun) return null;
  const here = doc.sentences.findIndex((x) => x.start <= pronoun.pos && pronoun.pos < x.end);
  if (here < 0) return null;
  for (let i = here; i >= 0 && here - i <= SENTENCES_BACK; i--) {
    const s = doc.sentences[i]!;
    // In its own sentence, only the words before the statement and the pronoun (not a quote's content).
    const end = i === here ? Math.min(pronoun.pos, d.start) : s.end;
    const fit = candidatesIn(doc.text.slice(s.start, end), true).filter((c) => !c.gender || c.gender === pronoun.gender);
    if (fit.length === 0) continue;
    const people = distinctPeople(fit);
    if (people.length !== 1) return null;
    const name = people[0]!.name;
    return { name, key: name.includes(' ') ? personKey(name) : null, title: null, org: null, kind: 'person' };
  }
  return null;
}

const nobody = (s: Speaker): boolean => s.kind === 'person' && !s.name && !s.title && !s.org;

export function withPronounAntecedents(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) =>
      extractor.extract(doc).flatMap((d: FactDraft): FactDraft[] => {
        if (d.type !== 'statement' || !nobody(d.speaker)) return [d];
        const speaker = antecedent(doc, d);
        return speaker ? [{ ...d, speaker }] : [];
      }),
  };
}
