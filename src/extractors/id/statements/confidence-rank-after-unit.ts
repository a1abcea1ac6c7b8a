import type { Speaker } from '../../../core/index.js';
import { alternation, escapeRe, WORD_END } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { LOOSE_TITLES, TITLES } from './constants.js';

/*
 * "kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono": the engine read the unit after the title (a district, a
 * town) as the person's name; the person follows the comma, with their rank. The unit joins the title.
 */

const RANK = alternation([...LOOSE_TITLES, ...TITLES].filter((t) => /^\p{Lu}/u.test(t)));
const NAME_RUN = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]*){0,3}";
/**
 * A rank and the person's name, read where a unit ends. Compiled once: the rank list (every title, with the composed
 * unit-head titles) is tens of kilobytes, and a pattern built per speaker would compile it anew for each.
 */
const RANK_THEN_NAME = new RegExp(`\\s*(,)?\\s*(?:${RANK})${WORD_END}\\s+(${NAME_RUN})(?=\\s*[,.]|\\s+\\p{Ll}|$)`, 'uy');

/** The name after a rank that starts at `at` (after a comma when `comma` is 'required'), or null. */
export function rankThenName(context: string, at: number, comma: 'required' | 'optional'): string | null {
  RANK_THEN_NAME.lastIndex = at;
  const m = RANK_THEN_NAME.exec(context);
  return m && (comma === 'optional' || m[1] !== undefined) ? m[2]! : null;
}

export function personAfterUnit(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || !s.name || !s.title) return null;
  // Only the longest run of capitalised words after the name can meet the comma, so no other length is tried.
  const unit = new RegExp(`${escapeRe(s.title)}\\s+(${escapeRe(s.name)}(?:\\s+\\p{Lu}\\p{L}*){0,2})`, 'gu');
  for (let m = unit.exec(context); m; unit.lastIndex = m.index + 1, m = unit.exec(context)) {
    const name = rankThenName(context, m.index + m[0].length, 'required');
    if (name) return { name, key: personKey(name), title: `${s.title} ${m[1]!}`, org: s.org, kind: 'person' };
  }
  return null;
}
