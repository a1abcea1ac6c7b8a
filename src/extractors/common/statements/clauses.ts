import type { Sentence } from '../extractor.js';
import type { Grammar } from './grammar.js';
import type { Phrases } from './phrases.js';
import type { Candidate, SpeakerPhrase } from './types.js';

/* Clause helpers of the statement engine, and the second verb of a sentence's subject (vi "…, nhưng cho rằng …"). */

export const OPEN_MARK = /^["“«„‘']/u;
/** Quotes shorter than this are names or scare quotes ("ngoại giao vaccine") unless clearly said. */
export const MIN_QUOTE_WORDS = 4;
const QUOTE_CHARS = /["“”«»„]/gu;
const CLAUSE_TRIM_END = /[\s.!?…;:,/]+$/u;
const MIN_CLAUSE_WORDS = 3;

export function words(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/u.test(text[from]!)) from++;
  return from;
}

export function lastNonSpace(text: string, from: number, to: number): number {
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to;
}

export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function verbOf(m: RegExpExecArray | null): string | null {
  const v = m?.groups?.verb;
  return v ? v.replace(/\s+/gu, ' ').toLowerCase() : null;
}

/** "katanya", "…," he said with no name: a pronoun at `pos`. */
export function pronounAt(pos: number): SpeakerPhrase {
  return { start: pos, end: pos, text: '', title: null, org: null, name: null, pronoun: true, form: 'pronoun' };
}

/** A speaker and verb; `at`, where known, is where the attribution ends ('"…," X nói| , cho biết …'). */
export type Found = { speaker: SpeakerPhrase; verb: string | null; at?: number };

export function candidate(start: number, end: number, direct: boolean, found: Found | null, strip: number[] = []): Candidate {
  return {
    start,
    end,
    direct,
    verb: found?.verb ?? null,
    speaker: found?.speaker ?? null,
    strip,
    floating: found === null,
  };
}

export function clauseEnd(text: string, start: number, end: number): number {
  let s = text.slice(start, end).replace(CLAUSE_TRIM_END, '');
  // A closing mark stays only when its opening mark is inside the clause too.
  if (/["”»]$/u.test(s) && (s.match(QUOTE_CHARS) ?? []).length % 2 === 1) s = s.slice(0, -1).replace(CLAUSE_TRIM_END, '');
  return start + s.length;
}

/**
 * `anyStart`: the clause may start like a topic ("Theo ông Hải, với những thông tin …"), as after "Theo X,", or
 * it comes before its verb ("In January, sales …, X said"); otherwise "said in a statement" is no clause.
 */
export function validClause(g: Grammar, text: string, start: number, end: number, anyStart = false): boolean {
  const c = text.slice(start, end);
  if (end <= start || quotedWhole(c) || asked(c, text.slice(end, end + 2))) return false;
  return words(c) >= MIN_CLAUSE_WORDS && (anyStart || !g.badClauseStart.test(c));
}

/** "- Ông đánh giá thế nào về …?": a clause ending in a question mark outside quotes asks; it reports nothing. */
function asked(c: string, after: string): boolean {
  return /\?\s*$/u.test(c) || /^\s*\?/u.test(after);
}

/** A clause that is one quotation is a direct quote, left to the quote parser; one that only starts with a quoted term is not. */
function quotedWhole(c: string): boolean {
  if (!OPEN_MARK.test(c)) return false;
  const close = c.slice(1).search(/["”»’']/u);
  return close < 0 || close + 1 >= c.replace(/[\s.!?…,;:]+$/u, '').length - 1;
}

/** The phrase opens the sentence, after at most one introductory phrase ("Tại buổi lễ, X …"). */
function opensSentence(text: string, s: Sentence, p: SpeakerPhrase): boolean {
  return /^(?:[^,"“”]*,)?\s*$/u.test(text.slice(s.start, p.start));
}

/** Some of the phrases stands after no preposition ("của", "of"), so it may be the subject of what follows. */
function notAfterPreposition(g: Grammar, text: string, s: Sentence, phrases: readonly SpeakerPhrase[]): boolean {
  return phrases.some((q) => !g.prepBefore.test(text.slice(Math.max(s.start, q.start - 12), q.start)));
}

/** "X không hài lòng khi …, nhưng cho rằng clause": a second verb of the sentence's subject. */
export function coordinated(
  g: Grammar,
  text: string,
  s: Sentence,
  inside: SpeakerPhrase[],
  phrases: Phrases,
): Candidate | null {
  const p = inside[0];
  // Only a person: "Việt Nam tham gia …, kêu gọi …" describes a policy, not a statement.
  if (!g.coordVerb || !p || p.pronoun || (!p.name && !p.title)) return null;
  if (!opensSentence(text, s, p)) return null;
  g.coordVerb.lastIndex = 0;
  const m = g.coordVerb.exec(text.slice(p.end, s.end));
  if (!m) return null;
  const at = p.end + m.index;
  // Any other speaker on the way (not after a preposition) may be the second verb's subject.
  const between = phrases.within(p.end, at);
  if (notAfterPreposition(g, text, s, between)) return null;
  const verb = verbOf(m);
  // A one-word verb ("nói") needs "rằng" or a colon here: ", nói đớ, tê liệt nửa người" is no statement.
  if (!verb?.includes(' ') && !m.groups?.comp && !m.groups?.sep) return null;
  const start = at + m[0].length;
  const end = clauseEnd(text, start, s.end);
  return validClause(g, text, start, end) ? candidate(start, end, false, { speaker: p, verb }) : null;
}

/**
 * With `subjectParticiples`: "Apple stopped renting the shows in May, claiming that buyers prefer …". The subject
 * opens the sentence (after at most one introductory phrase); its own clause up to the comma holds no other
 * speaker (but after a preposition), no reporting verb and no quote; the participle's clause is what it said.
 */
export function subjectParticiple(
  g: Grammar,
  text: string,
  s: Sentence,
  inside: SpeakerPhrase[],
  phrases: Phrases,
): Candidate | null {
  const p = inside[0];
  // A person with a full name or a title, or a body: a lone word may be a firm read as a name ("Hachette").
  const named = p !== undefined && !p.pronoun && (p.form === 'org' || p.title !== null || (p.name?.includes(' ') ?? false));
  if (!g.subjectParticiple || !p || !named) return null;
  if (!opensSentence(text, s, p)) return null;
  // "Reid's campaign hit back, saying …", "A Superior Court of Ontario judge chastised …": the phrase is no head.
  if (/^(?:['’]s?\s|\s+of\s)/u.test(text.slice(p.end, p.end + 4))) return null;
  const m = g.subjectParticiple.exec(text.slice(p.end, s.end));
  if (!m) return null;
  const at = p.end + m.index;
  const gap = text.slice(p.end, at);
  if (g.hint.test(gap) || /["“”«»:;]/u.test(gap)) return null;
  // "Coach Ida Berg benched striker Tomas Vik, saying …": a person named in the clause (but after a preposition)
  // may be whom the participle is about; a lone capitalised word ("the Got It From My Momma podcast") is not.
  const person = (q: SpeakerPhrase): boolean => q.pronoun || q.title !== null || (q.name?.includes(' ') ?? false);
  const between = phrases.within(p.end, at).filter(person);
  if (notAfterPreposition(g, text, s, between)) return null;
  const start = at + m[0].length;
  if (OPEN_MARK.test(text[start] ?? '')) return null;
  const end = clauseEnd(text, start, s.end);
  return validClause(g, text, start, end) ? candidate(start, end, false, { speaker: p, verb: m.groups?.verb ?? null }) : null;
}
