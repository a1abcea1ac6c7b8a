import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import {
  ANTECEDENT_OBJECT_WORDS, COUNTRIES, KINSHIP_NOUNS, NOT_NAMES, ORG_HEADS, ORG_NAME_TAILS, ORGS, PLACES, PORTFOLIOS, REPORT_NOUNS,
  TITLE_NAME_WORDS, TITLES, WEEKDAYS,
} from './constants.js';

/*
 * Checks on the words of a speaker's name (Indonesian): signs that the name the engine read holds words that are
 * no part of a person's name, or that a pronoun was tied to the wrong person. Each returns true to leave the
 * statement out (abstain), except `personShortForm`, which reads a person where the engine read a body.
 */

const TITLE_WORD: ReadonlySet<string> = new Set(TITLE_NAME_WORDS);
const BODY_TAIL: ReadonlySet<string> = new Set(ORG_NAME_TAILS);
const REPORT_NOUN: ReadonlySet<string> = new Set(REPORT_NOUNS);
const OBJECT_WORD: ReadonlySet<string> = new Set(ANTECEDENT_OBJECT_WORDS);
/** Every word of a known body, portfolio, place or country: such a word is no part of a person's name. */
const BODY_WORD: ReadonlySet<string> = new Set(
  [...ORG_HEADS, ...ORGS, ...PORTFOLIOS, ...PLACES, ...COUNTRIES].flatMap((x) => x.split(/\s+/u)),
);
/** Those words, and every word of a title or of a word list that names no one: capitalised, but never a name's. */
export const NOT_NAME_WORD: ReadonlySet<string> = new Set([
  ...BODY_WORD,
  ...[...TITLES, ...NOT_NAMES].flatMap((x) => x.split(/\s+/u)),
]);
/** One capitalised word of a person's name ("Djanur", "Ardiansyah"), as a pattern source. */
export const NAME_WORD = "\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*";
/** A whole word that is one capital and lower-case letters only ("Dewanti", not "Al-Ahmad" or "BPTP"). */
export const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** "Senin" … "Minggu": a weekday after a name's comma dates the attribution; it is no name word. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);

/** "National President" (of OSHDP), "Triasa Sales" (Branch Manager): a title's word read as part of the name. */
export function nameHoldsTitleWord(s: Speaker): boolean {
  return s.kind === 'person' && !!s.name && s.name.split(/\s+/u).some((w) => TITLE_WORD.has(w));
}

/**
 * "Daiwa Capital | Markets Kevin Lai", "Federal Reserve Janet Yellen": a name of three words or more opening with
 * the last word of a body's name is that body's tail glued to the person's name.
 */
export function nameOpensWithBodyTail(s: Speaker): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  const words = s.name.split(/\s+/u);
  return words.length >= 3 && BODY_TAIL.has(words[0]!);
}

const KINSHIP: ReadonlySet<string> = new Set(KINSHIP_NOUNS);

/** "Suami Veronica Tan", "Istri Budi": a relative of the person named, described, not a name. */
export function nameOpensWithKinship(s: Speaker): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  const words = s.name.split(/\s+/u);
  return words.length >= 2 && KINSHIP.has(words[0]!);
}

/**
 * "Setidaknya", "Alih-alih", "Laporan itu menyebutkan": a name whose first word is a connective ending in -nya,
 * a reduplicated word or a report's noun; such words open sentences, never names. A lone letter ("Z/Yen") is none.
 */
export function nameIsCommonWord(s: Speaker): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  const first = s.name.split(/\s+/u)[0]!;
  if (REPORT_NOUN.has(first) || /^\p{L}\.?$/u.test(s.name)) return true;
  if (/^\p{Lu}\p{Ll}{4,}nya$/u.test(first)) return true;
  const dup = /^(\p{L}+)-(\p{L}+)$/u.exec(first);
  return dup !== null && dup[1]!.toLowerCase() === dup[2]!.toLowerCase();
}

/**
 * "… sependapat dengan Budi. Menurutnya, …", "meminta Plt Kadis SDA, Ika Agustin untuk …. Ia menyebut …": a
 * pronoun tied to a person the text last named as an object (after "dengan", "kepada", "meminta" …), not as
 * someone speaking or acting; the one who speaks is more often the subject of that sentence.
 */
export function pronounTiedToObject(s: Speaker, context: string, text: string, start: number): boolean {
  if (s.kind !== 'person' || !s.name || context.includes(s.name)) return false;
  const at = lastMention(text, start, s.name);
  if (at < 0) return false;
  // Only the mention's own sentence: a lower-case word that ends the sentence before says nothing of it.
  const own = text.slice(Math.max(0, at - 80), at).split(/[.!?]["”’]?\s+(?=\p{Lu}|$)/u).pop()!;
  const lead = /(\p{Ll}+)[\s,]+(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.exec(own);
  return lead !== null && OBJECT_WORD.has(lead[1]!);
}

const LETTER = /\p{L}/u;

/**
 * Where the text before `end` last names the person, as a whole word: the full name or one of its words ("Budi"
 * for "Budi Santoso").
 */
function lastMention(text: string, end: number, name: string): number {
  let at = -1;
  for (const w of [name, ...name.split(/\s+/u).filter((x) => x.length >= 3)]) {
    if (w.length > end) continue;
    for (let i = text.lastIndexOf(w, end - w.length); i > at; i = i > 0 ? text.lastIndexOf(w, i - 1) : -1) {
      const after = i + w.length < end ? text[i + w.length]! : '';
      if (!LETTER.test(text[i - 1] ?? '') && !LETTER.test(after)) {
        at = i;
        break;
      }
    }
  }
  return at;
}

/**
 * "Susilo Bambang Yudhoyono (SBY)", "Rizal Ramli (RR)": capitalised words followed by the short form made of their
 * initials are a person's name and its initials, not a body and its acronym.
 */
export function personShortForm(s: Speaker): Speaker | null {
  if (s.kind !== 'organisation' || !s.org) return null;
  const m = /^((?:\p{Lu}\p{Ll}+\s+){1,3}\p{Lu}\p{Ll}+)\s*\(\s*(\p{Lu}{2,4})\s*\)$/u.exec(s.org);
  if (!m) return null;
  const words = m[1]!.split(/\s+/u);
  if (words.some((w) => BODY_WORD.has(w)) || words.map((w) => w[0]).join('') !== m[2]) return null;
  return { name: m[1]!, key: personKey(m[1]!), title: null, org: null, kind: 'person' };
}


/** Balinese names open with initials of their caste and birth-order words ("IGN Dharma Putra", "IBG …"). */
const BALINESE_INITIALS = /^I[BGKMNW]/u;

/**
 * "Plt Direktur Utama BSI Bob T. Ananta", "jelas H Udin": a name opening with a token no personal name opens with,
 * an acronym of three capitals or more (the body the title belongs to, when no body was read) or "H"/"Hj" (Haji,
 * Hajjah), is the person of the words after it; the acronym goes to the organisation.
 */
export function nameAfterNonNameToken(s: Speaker): Speaker | null {
  if (s.kind !== 'person' || !s.name) return null;
  const m = /^(\p{Lu}{3,}|Hj?\.?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u.exec(s.name);
  if (!m || BALINESE_INITIALS.test(m[1]!) || !/\p{Ll}/u.test(m[2]!)) return null;
  // With the body already read ("Direktur … BPPT, MAM Oktaufik"), capitals opening the name are its initials.
  const acronym = /^\p{Lu}{3,}$/u.test(m[1]!);
  if (acronym && s.org) return null;
  return { ...s, name: m[2]!, key: personKey(m[2]!), org: acronym ? m[1]! : s.org };
}
