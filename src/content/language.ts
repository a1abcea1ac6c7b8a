import type { DetectedLang, Lang } from '../core/index.js';
import { LANGUAGES } from '../core/languages/index.js';
import { francVieIndEng } from './trigram-language.js';

const FRANC_TO_LANG: Record<string, Lang> = { vie: 'vi', ind: 'id', eng: 'en' };
// Letters only Vietnamese uses among our three languages.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const MIN_LENGTH = 10;

const FUNCTION_WORD_LANG = new Map<string, Lang>(
  Object.values(LANGUAGES).flatMap((l) => l.functionWords.map((w) => [w, l.lang] as const)),
);

/**
 * The language when its function words clearly dominate (at least 4, and 4 times the runner-up's), else
 * undefined. It agrees with franc wherever it decides on our languages' text, at a fraction of the cost,
 * so franc runs only on the paragraphs it leaves open.
 */
export function functionWordLanguage(text: string): Lang | undefined {
  const counts: Record<Lang, number> = { vi: 0, id: 0, en: 0 };
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const lang = FUNCTION_WORD_LANG.get(w);
    if (lang) counts[lang]++;
  }
  const [first, second] = (Object.entries(counts) as Array<[Lang, number]>).sort((a, b) => b[1] - a[1]);
  return first && second && first[1] >= 4 && first[1] >= 4 * second[1] ? first[0] : undefined;
}

/** franc restricted to vi/id/en; `und` when the text is too short to say. */
export function detectLanguage(text: string): DetectedLang {
  const t = text.trim();
  if (t.length < MIN_LENGTH) return VIETNAMESE_LETTERS.test(t) ? 'vi' : 'und';
  const quick = functionWordLanguage(t.slice(0, 4000));
  if (quick) return quick;
  return FRANC_TO_LANG[francVieIndEng(t, MIN_LENGTH)] ?? 'und';
}

/** `<html lang="id-ID">` → "id", when it is one of ours. */
export function langFromHtmlAttribute(value: string | undefined): Lang | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'vi' || base === 'id' || base === 'en' ? base : base === 'in' ? 'id' : undefined;
}

/**
 * The page's language from its text, with `<html lang>` as a prior: the attribute wins when the text is
 * short or franc's answer is not clear, because CMS templates rarely lie about it.
 */
export function pageLanguage(text: string, htmlLang: Lang | undefined): DetectedLang {
  const detected = detectLanguage(text.slice(0, 4000));
  if (!htmlLang) return detected;
  if (detected === 'und' || text.length < 200) return htmlLang;
  return detected;
}

/** A paragraph's language; short or unclear paragraphs take the page's. */
export function paragraphLanguage(text: string, pageLang: DetectedLang): DetectedLang {
  if (text.length < 40) return pageLang;
  // A paragraph's first 600 characters name its language as well as the whole does, at a bounded cost.
  return detectLanguage(text.slice(0, 600));
}
