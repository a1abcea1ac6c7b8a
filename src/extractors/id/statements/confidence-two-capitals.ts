import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { PLAIN_NAME_WORD } from './confidence-names.js';
import { PORTFOLIOS, TWO_CAPITAL_BODIES } from './constants.js';

/*
 * Two capitals between a title and a name are either a body's acronym or the person's initials, and the engine may
 * put them on the wrong side: "Deputi Gubernur BI Dody Budi Waluyo" read as the name "BI Dody Budi Waluyo", "Menteri
 * Perindustrian MS Hidayat" read as the name "Hidayat" of the body "Perindustrian MS". A known body's acronym goes
 * to the organisation; any other two capitals after a portfolio open the name.
 */

const BODY: ReadonlySet<string> = new Set(TWO_CAPITAL_BODIES);
const PORTFOLIO: ReadonlySet<string> = new Set(PORTFOLIOS);

const BODY_AT_NAME_HEAD = /^(\p{Lu}{2})\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u;
const INITIALS_AT_ORG_TAIL = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}{2})$/u;

export function twoCapitalsMisplaced(s: Speaker): Speaker | null {
  if (s.kind !== 'person' || !s.name || !s.title) return null;
  const head = BODY_AT_NAME_HEAD.exec(s.name);
  if (head && BODY.has(head[1]!)) {
    const name = head[2]!;
    return { ...s, name, key: personKey(name), org: s.org ? `${s.org} ${head[1]!}` : head[1]! };
  }
  const tail = s.org ? INITIALS_AT_ORG_TAIL.exec(s.org) : null;
  if (tail && PORTFOLIO.has(tail[1]!) && !BODY.has(tail[2]!) && PLAIN_NAME_WORD.test(s.name)) {
    const name = `${tail[2]!} ${s.name}`;
    return { ...s, name, key: personKey(name), org: tail[1]! };
  }
  return null;
}
