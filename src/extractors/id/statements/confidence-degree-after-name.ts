import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { DEGREES_WITHOUT_DOTS } from './constants.js';
import { NAME_WORD, NOT_NAME_WORD } from './confidence-names.js';

/*
 * "Kasi Pembinaan …, Yudi SH, menambahkan", "Kepala BKDPSDM Kabupaten Kepahiang, Ardiansyah, MH mengungkapkan": an
 * academic degree written without dots after the name ("SH", "MH", "MSi"). The engine read the degree as a body
 * speaking. The speaker is the name right before it, when the attribution clearly opens there (text start, a comma
 * or a lower-case word before it); otherwise no one is read and the statement is left out.
 */

const DEGREE: ReadonlySet<string> = new Set(DEGREES_WITHOUT_DOTS);

/** The degree the engine read as a body, or null. */
function degreeRead(s: Speaker): string | null {
  return s.kind === 'organisation' && !s.name && s.org && DEGREE.has(s.org) ? s.org : null;
}

/** The person whose degree the engine read as a body, or null when none or not read as a body. */
export function nameBeforeDegree(s: Speaker, context: string): Speaker | null {
  const degree = degreeRead(s);
  if (!degree) return null;
  const lead = `(?:^|[,;(]\\s*|(?:^|\\s)\\p{Ll}\\p{L}*\\s+)`;
  const m = new RegExp(`${lead}(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s*,?\\s+${degree}(?=[\\s,.])`, 'u').exec(context);
  if (!m) return null;
  const name = m[1]!;
  if (name.split(/\s+/u).some((w) => NOT_NAME_WORD.has(w))) return null;
  return { name, key: personKey(name), title: null, org: null, kind: 'person' };
}

/** A degree read as a body with no name the rule above can read: no one is known to speak. */
export function degreeReadAsBody(s: Speaker): boolean {
  return degreeRead(s) !== null;
}
