import { personKey } from '../../common/statements/person-key.js';
import { escapeRe } from '../../common/pattern/index.js';
import { BODY_NAME_HEADS, BODY_NAME_TAILS, DETERMINERS, NOT_NAMES, ORG_TAILS } from './constants.js';
import { type StatementDraft, letterWords } from './draft.js';

/*
 * Checks on where the engine's speaker stands in its sentence, for the shapes that gave a wrong speaker on whole
 * pages: a name read out of a description ("a dock master … in the Santa Monica Bay, said"), a one-word body
 * read as a surname ("CalMac said"), and the addressee of "told" read as what was said.
 */

/** Words after which a capitalised name is the object of a description, not a subject. */
const DESCRIPTION_LEAD = /(?:(?:^|\s)(?:in|of|for|near|at|from|on|with|as well as)(?:\s+the)?|(?:^|\s)the)\s+$/u;
/** "Michael Franklin, 56, a dock master …": a full name opening the sentence, then its description. */
const OPENING_NAME = /^(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s/u;
/** "Mr Wilson, who …": an honorific and a surname, which the page's full name of that surname completes later. */
const OPENING_SURNAME = /^(?:Mr|Mrs|Ms|Dr)\.?\s+(?<name>\p{Lu}[\p{L}'’-]+),\s/u;
const NOT_FIRST: ReadonlySet<string> = new Set([...NOT_NAMES, ...DETERMINERS].map((w) => w.toLowerCase()));

/** A full name's key; a lone surname has none (the page's full name of it is found later). */
const keyOf = (name: string): string | null => (/\s/u.test(name) ? personKey(name) : null);

export function openingName(sentence: string): string | null {
  const name = OPENING_SURNAME.exec(sentence)?.groups?.name ?? OPENING_NAME.exec(sentence)?.groups?.name;
  if (!name || NOT_FIRST.has(name.split(/\s+/u)[0]!.toLowerCase())) return null;
  return name;
}

/**
 * A person named inside a preposition's phrase ("… near Los Angeles in the Santa Monica Bay, said …") is not the
 * one who speaks. The speaker is the full name opening the sentence before its description; with none, no
 * statement (a wrong speaker is worse than a missing one).
 */
function nameInsideDescription(d: StatementDraft): StatementDraft | null {
  const s = d.speaker;
  if (s.kind !== 'person' || !s.name || !/\s/u.test(s.name)) return d;
  const at = d.sentence.indexOf(s.name);
  if (at <= 0 || !DESCRIPTION_LEAD.test(d.sentence.slice(0, at))) return d;
  const name = openingName(d.sentence);
  if (!name || name === s.name) return null;
  return { ...d, speaker: { ...s, name, key: keyOf(name), title: null, org: null } };
}

/**
 * Every statement through nameInsideDescription, in page order; a later "he said" the engine tied to the same
 * wrongly read name (it is not in that sentence) follows the first decision: the opening name, or no statement.
 */
export function namesInsideDescriptions(drafts: readonly StatementDraft[]): StatementDraft[] {
  const decided = new Map<string, string | null>();
  return drafts.flatMap((d) => {
    const name = d.speaker.name;
    if (name && decided.has(name) && !d.sentence.includes(name)) {
      const to = decided.get(name);
      return to ? [{ ...d, speaker: { ...d.speaker, name: to, key: keyOf(to), title: null, org: null } }] : [];
    }
    const out = nameInsideDescription(d);
    if (name && out?.speaker.name !== name) decided.set(name, out?.speaker.name ?? null);
    return out ? [out] : [];
  });
}

/** "McClaren", "DeVoe", "MacKenzie": a capital inside a surname after its prefix. */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|St)\p{Lu}/u;

/** Every place the word stands after a capitalised word ("President Trump", "Air Marshal Soelistyo"). */
export function introducedAsPerson(text: string, word: string): boolean {
  const re = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}.'’-]*)[ \\t]+${escapeRe(word)}(?![\\p{L}'’-])`, 'gu');
  return [...text.matchAll(re)].some((m) => !NOT_FIRST.has(m[1]!.toLowerCase()));
}

/** What the page writes only of a body: "the Amtrak travel trifecta", "Macmillan, which owns", "Macmillan CEO John Sargent". */
function writtenAsBody(text: string, word: string): boolean {
  const w = escapeRe(word);
  return new RegExp(
    `(?<![\\p{L}])the\\s+${w}(?![\\p{L}'’])|${w},?\\s+which\\s|${w}\\s+(?:CEO|spokesman|spokeswoman|spokesperson|chief executive)(?![\\p{L}])`,
    'u',
  ).test(text);
}

/**
 * "CalMac said", "Amtrak said": one capitalised word with no title names a body when the page writes it as a
 * body's name ("the Amtrak …", "Macmillan, which …", "Macmillan CEO …") and never after a first name, a title
 * or an honorific. A word with a capital inside it ("ScotRail", "GreatFire") is a body's name on any text. A
 * person named by one name only ("Soelistyo, head of …", "Yohannes and his wife") stays a person.
 */
export function bodyForLoneWord(text: string, d: StatementDraft): StatementDraft {
  const s = d.speaker;
  if (s.kind !== 'person' || s.key !== null || s.title !== null || !s.name || !/^\p{Lu}[\p{L}'’-]+$/u.test(s.name)) return d;
  const camel = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(s.name) && !SURNAME_PREFIX.test(s.name);
  if (!camel && (introducedAsPerson(text, s.name) || !writtenAsBody(text, s.name))) return d;
  return { ...d, speaker: { ...s, kind: 'organisation' } };
}

const BODY_TAILS: ReadonlySet<string> = new Set([...ORG_TAILS, ...BODY_NAME_TAILS]);
const BODY_HEADS: ReadonlySet<string> = new Set(BODY_NAME_HEADS);

/** "Traffic Scotland said", "Scottish Hydro Electric Power Distribution said": a body's name read as a person's. */
export function bodyForNamedBody(d: StatementDraft): StatementDraft {
  const s = d.speaker;
  if (s.kind !== 'person' || !s.name) return d;
  const words = s.name.split(/\s+/u);
  if (words.length < 2 || !(BODY_TAILS.has(words[words.length - 1]!) || BODY_HEADS.has(words[0]!))) return d;
  return { ...d, speaker: { ...s, key: null, kind: 'organisation' } };
}

/** "…, a Prudential Center spokesman told ABC station WABC-TV in New York.": the words after "told" name who heard it. */
const TOLD_AT_END = /^(?<clause>.+?),\s+(?:[\p{L}.'’-]+\s+){1,6}(?:told|tells)\s+[^,;:"“”]{0,60}$/u;
const MAX_ADDRESSEE_WORDS = 6;

/** The clause before an attribution with "told <addressee>" at the end of its sentence is what was said. */
export function addresseeAsContent(text: string, d: StatementDraft): StatementDraft {
  if (d.direct || (d.verb !== 'told' && d.verb !== 'tells') || letterWords(d.quote) > MAX_ADDRESSEE_WORDS) return d;
  if (/(?:^|\s)that\s/u.test(d.quote)) return d;
  const from = text.lastIndexOf(d.sentence, d.start);
  if (from < 0) return d;
  const clause = TOLD_AT_END.exec(text.slice(from, d.start))?.groups?.clause?.trim();
  if (!clause || letterWords(clause) < 4 || /["“”]/u.test(clause)) return d;
  const start = text.indexOf(clause, from);
  return { ...d, start, end: start + clause.length, text: clause, quote: clause };
}

/** "… Cameron suggested and noting that …": reported speech does not open with "and" and a participle. */
export function conjunctionStart(d: StatementDraft): boolean {
  return !d.direct && /^(?:and|but|or)\s+\p{Ll}+ing\s/u.test(d.quote);
}
