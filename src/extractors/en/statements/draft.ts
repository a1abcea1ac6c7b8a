import { VERBS } from './constants.js';

export type { StatementDraft } from '../../common/statements/types.js';

/** The reporting verbs as one regex alternation, longest first (so "said" never cuts "said to"). */
export const VERB_ALTERNATION = [...VERBS].sort((a, b) => b.length - a.length).join('|');

/** How many words of a clause hold a letter. */
export function letterWords(s: string): number {
  return s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}
