import { escapeRe } from '../../common/pattern/index.js';
import type { Speaker } from '../../../core/index.js';
import { ANAPHORIC_BODY_WORDS, COUNTRIES, GOVERNMENT_PLACES, PLACES } from './constants.js';
import type { StatementDraft } from './draft.js';

/*
 * "Walmart said … . The company said it will instead focus on …", "WikiLeaks said … . The group claimed …": a
 * definite body noun as the whole subject points back to the body that spoke last on the page. It takes that
 * body's name when the body is named (a capitalised name that is no country or place: "the group" after "Israel
 * said" is rarely Israel); with no such body before it, the statement keeps its bare noun. Only the nouns the
 * engine gives as a person's title ("company", "group"): a body the body finder names by its own noun ("the
 * airline said") often follows another body that spoke ("the U.S. military"), and stays as it is.
 */

const ANAPHORIC: ReadonlySet<string> = new Set(ANAPHORIC_BODY_WORDS);
const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...PLACES, ...GOVERNMENT_PLACES]);

function namedBody(s: Speaker): boolean {
  if (s.kind !== 'organisation' || s.key !== null) return false;
  const name = s.name ?? s.org;
  return name !== null && /^\p{Lu}/u.test(name) && !PLACE_NAMES.has(name);
}

/** "the company said", '," the group said': the bare noun with "the" right before it in its sentence. */
function definiteBodyNoun(d: StatementDraft): boolean {
  const s = d.speaker;
  if (s.name !== null || s.key !== null || s.org !== null || !s.title || !ANAPHORIC.has(s.title.toLowerCase())) return false;
  return new RegExp(`(?:^|[\\s"“”,])[Tt]he\\s+${escapeRe(s.title)}(?![\\p{L}])`, 'u').test(d.sentence);
}

/** Each "the company/group …" statement with the body that spoke last before it (statements in page order). */
export function bodyAnaphora(drafts: readonly StatementDraft[]): StatementDraft[] {
  let last: Speaker | null = null;
  return drafts.map((d) => {
    if (namedBody(d.speaker)) last = d.speaker;
    if (!last || !definiteBodyNoun(d)) return d;
    return { ...d, speaker: { ...last } };
  });
}
