import type { Extractor } from '../../common/extractor.js';
import { wordsRe } from '../../common/pattern/index.js';
import { blankInSentences, rereadWith } from '../../common/statements/reread.js';
import { HONORIFICS, VERBS } from './constants.js';

/*
 * "Về trường hợp của nam bệnh nhân 69 tuổi, quốc tịch Anh, theo Bộ Y tế, bệnh nhân …", "Để đạt được mức tăng trưởng
 * trên, theo ông Lâm, do …": a topic or purpose clause before "theo X, …" keeps the engine from reading the source at
 * the sentence start, where it looks for it. The engine is given the sentence with that clause as spaces (same
 * offsets); every statement is given back in the article's own words. A clause with a speech verb of its own is
 * left alone (its speaker may be the one who speaks).
 */

/**
 * The opening clause (no quote, colon or semicolon), up to the comma before "theo X," where X is a name, a body or a
 * person by honorific ("theo ông Lâm", "theo Bộ Y tế"; not "theo tinh thần …").
 */
const LEAD_THEN_ACCORDING = new RegExp(
  `^([^,;:"“”«»]{3,80},(?:[^,;:"“”«»]{1,40},){0,2}\\s*)` +
    `(?=theo\\s+(?:\\p{Lu}|${wordsRe(HONORIFICS)}\\s+\\p{Lu})[^,;:"“”«»]{1,60},\\s*\\S)`,
  'u',
);
const SPEECH = new RegExp(wordsRe(VERBS), 'iu');

export function withoutClauseLeads(extractor: Extractor): Extractor {
  return rereadWith(
    extractor,
    blankInSentences((text) => {
      const m = LEAD_THEN_ACCORDING.exec(text);
      return m && !SPEECH.test(m[1]!) ? [0, m[1]!.length] : null;
    }),
  );
}
