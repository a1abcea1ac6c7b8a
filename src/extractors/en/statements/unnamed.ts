import { escapeRe } from '../../common/pattern/index.js';
import { DETERMINERS, PARTY_MEMBERS } from './constants.js';
import type { StatementDraft } from './draft.js';

/** How far before reported speech its subject and verb are looked for. */
const WINDOW = 120;

const PARTY: ReadonlySet<string> = new Set(PARTY_MEMBERS);
const DET = DETERMINERS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).join('|');

/** The sentence up to the reported speech ("^" is its start), or the last WINDOW characters ("^" never matches). */
function before(text: string, d: StatementDraft): string {
  const at = text.lastIndexOf(d.sentence, d.start);
  if (at >= 0 && at <= d.start && d.start - at <= WINDOW * 3) return text.slice(at, d.start);
  return `\u0000${text.slice(Math.max(0, d.start - WINDOW), d.start)}`;
}

/**
 * "…, which some Republicans said poisoned the water", "the man who the police said sowed terror": a restrictive
 * relative clause reports nothing of its own; its "said" qualifies a noun of the main clause.
 */
export function relativeReport(text: string, d: StatementDraft): boolean {
  if (d.direct || !d.verb) return false;
  const re = new RegExp(
    `(?:^|[\\s,(])(?:which|who|whom)\\s+(?:[\\p{L}.'’-]+\\s+){1,4}${escapeRe(d.verb)}\\s*(?:that\\s*)?$`,
    'u',
  );
  return re.test(before(text, d));
}

/**
 * "Republican claims that the program …": a party word is an unnamed speaker only as a counted person ("an Iowa
 * Republican said", "one Nevada Democrat") or as a subject opening its clause ("Republicans said"); elsewhere it
 * is an adjective and the "verb" a noun.
 */
export function partyAdjective(text: string, d: StatementDraft): boolean {
  const t = d.speaker.title;
  if (d.speaker.name !== null || !t || !PARTY.has(t) || d.direct || !d.verb) return false;
  const head = `(?:^|[.!?"“”,:;]\\s*|(?:${DET})\\s+)`;
  const re = new RegExp(
    `${head}(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRe(t)}\\s+(?:\\p{Ll}+\\s+)?${escapeRe(d.verb)}\\s*(?:that\\s*)?$`,
    'u',
  );
  return !re.test(before(text, d));
}

/**
 * "Earl Hypolite and Naomi Zitt-James say they're looking …", "Mr. Obama and his supporters argued that …":
 * a named person and someone else at once are no one speaker; the engine keeps only the one next to the verb.
 * Groups joined ("Pilots and aviation experts said") stay one unnamed speaker.
 */
export function coordinatedSubject(text: string, d: StatementDraft): boolean {
  if (d.direct || !d.verb) return false;
  const word = `[\\p{L}.'’-]+`;
  const re = new RegExp(
    `(?:^|[\\s"“(])\\p{Lu}${word}\\s+\\p{Lu}${word}\\s+and\\s+` +
      `(?:(?:his|her|their|the|other)\\s+)?(?:${word}\\s+){1,3}${escapeRe(d.verb)}\\s*(?:that\\s*)?$`,
    'u',
  );
  return re.test(before(text, d));
}
