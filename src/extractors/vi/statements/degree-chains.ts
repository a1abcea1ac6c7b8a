import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { alternation } from '../../common/pattern/index.js';
import { blank, rereadWith, type Rewrite } from '../../common/statements/reread.js';
import { DEGREE_ATOMS, TITLES } from './constants.js';

/*
 * "Theo PGS.TS.BSCK2 Trần Văn A, …", "ThS.BS.CKII Lê B cho biết …", "LS. Hòa nói …": the title list holds some
 * chains of degrees ("PGS.TS", "ThS.BS"), not every chain a newspaper writes, and a trailing dot after a degree
 * hides it before a lone given name; such a prefix loses the statement. The engine is given the sentence with the
 * prefix cut back to its longest head the title list knows ("PGS.TS" and spaces, "LS" and a space: same offsets);
 * every statement is given back in the article's own words. A prefix the list knows as written, or with no known
 * head, is left alone.
 */

const ATOM = `(?:${alternation(DEGREE_ATOMS)})`;
/** Degrees joined by dots, with or without a trailing dot, right before a capitalised word. */
const CHAIN = new RegExp(`(?<![\\p{L}\\p{N}.])${ATOM}(?:\\.${ATOM})*\\.?(?=\\s+\\p{Lu})`, 'gu');
const KNOWN = new Set<string>(TITLES);

/** The length of the longest head of `chain` (whole degrees) that the title list knows; 0 when none, or all of it. */
function knownHead(chain: string): number {
  if (KNOWN.has(chain)) return 0;
  const atoms = chain.replace(/\.$/u, '').split('.');
  for (let n = atoms.length; n >= 1; n--) {
    const head = atoms.slice(0, n).join('.');
    if (KNOWN.has(head)) return head.length;
  }
  return 0;
}

function degreeChains(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(CHAIN)) {
      const head = knownHead(m[0]);
      if (head === 0) continue;
      out.push(blank(s, s.start + m.index + head, s.start + m.index + m[0].length));
    }
  }
  return out;
}

export function withDegreeChains(extractor: Extractor): Extractor {
  return rereadWith(extractor, degreeChains);
}
