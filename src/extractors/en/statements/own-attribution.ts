import { personKey } from '../../common/statements/person-key.js';
import { type StatementDraft, VERB_ALTERNATION } from './draft.js';

/*
 * '"My heart is filled with sadness …," airline boss Tony Fernandes tweeted.': a quote carries its own
 * attribution, which the engine could not read (an unknown description before the name); it must not fall to
 * the previous speaker. When the subject before the verb ends with a full name, that person said it; when it
 * names someone else without a full name, the engine's reading stands (an acronym, a body, a lone surname).
 */

const OWN = new RegExp(
  `^(?:,["”’]|["”’]\\s*,|[!?…]["”’])\\s+(?<subject>[^"“”.!?;:,]{1,80}?)\\s+(?:also\\s+)?(?:${VERB_ALTERNATION})(?![\\p{L}])`,
  'u',
);
const FULL_NAME = /(?:^|\s)(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u;
const PRONOUN = /^(?:he|she|they|it|we|i)$/iu;

function fits(subject: string, d: StatementDraft): boolean {
  const words = new Set(subject.toLowerCase().split(/\s+/u));
  const s = d.speaker;
  const own = [s.name, s.title, s.org].filter((x): x is string => x !== null).flatMap((x) => x.toLowerCase().split(/\s+/u));
  return own.some((w) => w.length > 2 && words.has(w));
}

/**
 * '"…," U.S. Rep. Kevin McCarthy (R., Calif.), a member of the House Republican leadership, said Sunday': the
 * subject runs over a parenthesis and a description; its head, before the first comma or parenthesis, ends with
 * the full name of the one who spoke.
 */
const OWN_LONG = new RegExp(
  `^(?:,["”’]|["”’]\\s*,)\\s+(?<head>[^"“”!?;:,()]{3,60}?)\\s*[,(][^"“”!?;:]{1,140}?[,)]\\s+(?:also\\s+)?(?:${VERB_ALTERNATION})(?![\\p{L}])`,
  'u',
);

function longAttribution(text: string, d: StatementDraft): StatementDraft {
  const head = OWN_LONG.exec(text.slice(d.end, d.end + 240))?.groups?.head?.trim();
  if (!head || PRONOUN.test(head) || fits(head, d)) return d;
  const name = FULL_NAME.exec(head)?.groups?.name;
  if (!name) return d;
  return { ...d, speaker: { name, key: personKey(name), title: null, org: null, kind: 'person' } };
}

export function ownAttribution(text: string, d: StatementDraft): StatementDraft {
  if (!d.direct) return d;
  const m = OWN.exec(text.slice(d.end, d.end + 120));
  if (!m) return longAttribution(text, d);
  const subject = m.groups?.subject?.trim();
  if (!subject || PRONOUN.test(subject) || fits(subject, d)) return d;
  const name = FULL_NAME.exec(subject)?.groups?.name;
  if (!name) return d;
  const before = subject.slice(0, subject.length - name.length).trim();
  const title = /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}$/u.test(before) ? before : null;
  return { ...d, speaker: { name, key: personKey(name), title, org: null, kind: 'person' } };
}
