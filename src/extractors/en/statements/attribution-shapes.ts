import { personKey } from '../../common/statements/person-key.js';
import { CLAUSE_CONJUNCTIONS, TITLES } from './constants.js';
import type { StatementDraft } from './draft.js';

/*
 * Two English attribution shapes the common engine reads wrongly, repaired on its output:
 * - '"…," said Gastelum-Vera's neighbor, Brian Kinder, …': the possessor names whose neighbour it is; the
 *   speaker is the neighbour (and the name set off after the role, when there is one);
 * - 'Some 5,000 jobs will be added …, Fain said, a turnaround from job cuts …': a noun phrase after the
 *   attribution's comma describes what was said; what was said is the clause before the attribution.
 */

const ROLES: ReadonlySet<string> = new Set(TITLES.filter((t) => t === t.toLowerCase()));
const CAP = "\\p{Lu}[\\p{L}.'’-]*";
const POSSESSIVE_ROLE = new RegExp(
  `^[,.!?…]?["”’]?\\s*,?\\s*(?:said|says|added|told|explained|noted)\\s+(?:${CAP}\\s+){0,3}${CAP}['’]s\\s+` +
    `(?<role>(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)(?:\\s*,\\s*(?<name>${CAP}(?:\\s+${CAP}){1,3})(?=\\s*[,.]))?`,
  'u',
);

/** '"…," said X's neighbor, Brian Kinder,' → Brian Kinder (neighbor); '"…," said X's uncle.' → an unnamed uncle. */
export function possessiveRoleSpeaker(text: string, d: StatementDraft): StatementDraft {
  if (!d.direct) return d;
  const m = POSSESSIVE_ROLE.exec(text.slice(d.end, d.end + 160));
  const role = m?.groups?.role;
  if (!role || !ROLES.has(role.split(/\s+/u).pop()!)) return d;
  const name = m.groups?.name ?? null;
  const key = name ? personKey(name) : null;
  return { ...d, speaker: { ...d.speaker, name, key, title: role, org: null, kind: 'person' } };
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "…, Fain said, " / "…,” one of the uncles said Wednesday, ": an attribution closing the clause before it. */
const ATTRIBUTION_BEFORE = new RegExp(
  `^(?<clause>.+?)\\s*(?:,["”’]?|["”’]\\s*,)\\s+(?:[\\p{L}.'’-]+\\s+){1,6}(?:said|says|added|told)(?:\\s+${WEEKDAY})?\\s*,\\s*$`,
  'u',
);
const ARTICLE_START = /^(?:a|an)\s/u;
/** "…, he said, and that needs to come back down": a clause joined on to the statement, not one starting it. */
const CONJUNCTION_START = new RegExp(`^(?:${CLAUSE_CONJUNCTIONS.join('|')})\\s`, 'u');
/** A quotation alone (its closing mark may stay behind with the attribution's comma). */
const ONE_QUOTE = /^["“](?<quote>[^"“”]+?)[,.!?…]?["”]?$/u;
const MIN_WORDS = 4;

/**
 * "…, Fain said, a turnaround …": the statement is the clause before the attribution (or the quote it is, when
 * that clause is one quotation); with neither, there is no statement. "…, he said, and that needs to …": the
 * clause before is the statement and the conjoined clause goes on with it.
 */
export function clauseBeforeAttribution(text: string, d: StatementDraft): StatementDraft | null {
  if (d.direct) return d;
  if (CONJUNCTION_START.test(d.quote)) return conjoinedClause(text, d);
  if (!ARTICLE_START.test(d.quote)) return d;
  const from = text.lastIndexOf(d.sentence, d.start);
  if (from < 0 || from > d.start) return d;
  const m = ATTRIBUTION_BEFORE.exec(text.slice(from, d.start));
  const clause = m?.groups?.clause?.trim();
  if (!clause) return d;
  const start = text.indexOf(clause, from);
  const end = start + clause.length;
  const quoted = ONE_QUOTE.exec(clause);
  if (quoted?.groups?.quote) {
    return { ...d, start, end, text: clause, quote: quoted.groups.quote.trim(), direct: true };
  }
  const words = clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_WORDS || /["“”]/u.test(clause)) return null;
  return { ...d, start, end, text: clause, quote: clause };
}

/** "During the boom it rose to 70 percent, he said, and that needs …": the clause before, then the one after. */
function conjoinedClause(text: string, d: StatementDraft): StatementDraft | null {
  const from = text.lastIndexOf(d.sentence, d.start);
  if (from < 0 || from > d.start) return d;
  const clause = ATTRIBUTION_BEFORE.exec(text.slice(from, d.start))?.groups?.clause?.trim();
  // No clause of its own before the attribution: what follows the conjunction is no statement either.
  if (!clause || /["“”]/u.test(clause) || clause.split(/\s+/u).length < MIN_WORDS) return null;
  const start = text.indexOf(clause, from);
  return { ...d, start, text: text.slice(start, d.end), quote: `${clause}, ${d.quote}` };
}
