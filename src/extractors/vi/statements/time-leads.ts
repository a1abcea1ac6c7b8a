import type { Extractor } from '../../common/extractor.js';
import { escapeRe } from '../../common/pattern/index.js';
import { blankInSentences, rereadWith } from '../../common/statements/reread.js';
import { TIME_LEADS } from './constants.js';

/*
 * "Ngày 30-12, theo tin từ CDC Hà Nội, …", "Chiều 28/6, theo thông tin từ Bộ Công an, …": a time adjunct before
 * "theo X" keeps the engine from reading "Theo X, …" at the sentence start, where it looks for it. The engine is
 * given the sentence with the time adjunct as spaces (same offsets); every statement is given back in the
 * article's own words.
 */

const LEADS = TIME_LEADS.map(escapeRe).join('|');
/** The time adjunct, up to its comma, right before "theo ". */
const TIME_THEN_ACCORDING = new RegExp(`^((?:${LEADS})[^,;:"“”«»]{0,30},\\s*)(?=theo\\s)`, 'u');

export function withoutTimeLeads(extractor: Extractor): Extractor {
  return rereadWith(
    extractor,
    blankInSentences((text) => {
      const m = TIME_THEN_ACCORDING.exec(text);
      return m ? [0, m[1]!.length] : null;
    }),
  );
}
