import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { WORD_END, WORD_START, alternation, wordsRe } from '../../common/pattern/index.js';
import { NOT_SPEECH_AFTER_VERB, NOT_SPEECH_BEFORE_VERB, TESTIMONY_VERBS, VERBS } from './constants.js';

/*
 * "Tài xế khai chở số hàng …", "Anh T. khai do bị đánh …": "khai" says what a person told the police. As a verb of
 * the grammar it would also end a title or a name that holds the syllable ("Ông X, Giám đốc khai thác khu vực …
 * cho biết"), so the page is read a second time with it as a verb, and that reading's statements are kept only in
 * the sentences that hold the verb and the first reading gave no statement. A clause that runs on to a second
 * reporting verb ("khai chưa từng dùng … và nói đã nhận ra sai lầm") holds two statements as one and is left out.
 */

// The verb on its own, not a syllable of "triển khai", "khai thác" …: most pages hold those, and only a page with the
// verb is read the second time.
const TESTIMONY = new RegExp(
  TESTIMONY_VERBS.map((v) => {
    const before = NOT_SPEECH_BEFORE_VERB[v] ?? [];
    const after = NOT_SPEECH_AFTER_VERB[v] ?? [];
    const notBefore = before.length ? `(?<!${WORD_START}(?:${alternation(before)})\\s+)` : '';
    const notAfter = after.length ? `(?!\\s+(?:${alternation(after)})${WORD_END})` : '';
    return `${notBefore}${wordsRe([v])}${notAfter}`;
  }).join('|'),
  'u',
);
const SECOND_VERB = new RegExp(`${wordsRe(['và'])}\\s+${wordsRe(VERBS)}`, 'u');

function sentenceOf(doc: ExtractDoc, f: FactDraft): { start: number; end: number; text: string } | undefined {
  return doc.sentences.find((s) => s.start <= f.start && f.start < s.end);
}

export function withTestimonyVerbs(extractor: Extractor, testimony: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) => {
      const found = extractor.extract(doc);
      if (!TESTIMONY.test(doc.text)) return found;
      const spoken = new Set(found.filter((f) => f.type === 'statement').map((f) => sentenceOf(doc, f)));
      const more = testimony.extract(doc).filter((f) => {
        const s = sentenceOf(doc, f);
        if (f.type !== 'statement' || s === undefined || spoken.has(s) || SECOND_VERB.test(f.quote)) return false;
        return TESTIMONY.test(s.text);
      });
      return more.length === 0 ? found : [...found, ...more];
    },
  };
}
