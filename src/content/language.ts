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

/** franc restricted to vi/id/en; `und` when the text is too short to say, or is none of the three. */
export function detectLanguage(text: string): DetectedLang {
  const lang = detect(text);
  return lang === 'foreign' ? 'und' : lang;
}

/** Like detectLanguage, but says `foreign` when franc's three-way choice was forced on another language. */
function detect(text: string): DetectedLang | 'foreign' {
  const t = text.trim();
  if (t.length < MIN_LENGTH) return VIETNAMESE_LETTERS.test(t) ? 'vi' : 'und';
  const quick = functionWordLanguage(t.slice(0, 4000));
  if (quick) return quick;
  const lang = FRANC_TO_LANG[francVieIndEng(t, MIN_LENGTH)] ?? 'und';
  return lang === 'id' && lacksIndonesianFunctionWords(t.slice(0, 4000)) ? 'foreign' : lang;
}

/** Running text this long tells by its function words; Indonesian has at least 8 in 100 ("yang", "di" …). */
const MIN_WORDS_TO_TELL = 20;
/** Fewer than 2 Indonesian function words in 100 is another language. */
const MIN_ID_FUNCTION_WORD_SHARE = 0.02;
const ID_FUNCTION_WORDS = new Set(LANGUAGES.id.functionWords);

/**
 * Indonesian text of twenty words or more is at least 8% "yang", "dan", "di", "ke", "dari", "ini" …: franc, which
 * must pick vi, id or en, calls Zulu, Xhosa, Swahili, Polish or pinyin "id" for their letters, and those have
 * next to none of them (a stray "di"). Indonesian facts must not be read from such text.
 */
export function lacksIndonesianFunctionWords(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_TELL) return false;
  const share = words.filter((w) => ID_FUNCTION_WORDS.has(w)).length / words.length;
  return share < MIN_ID_FUNCTION_WORD_SHARE;
}

/**
 * `<html lang="id-ID">` → "id" when it is one of ours; `und` when it names another language ("es", "de-AT"),
 * undefined when absent or not a language code.
 */
export function langFromHtmlAttribute(value: string | undefined): DetectedLang | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'vi' || base === 'id' || base === 'en') return base;
  if (base === 'in') return 'id';
  return base && /^[a-z]{2,3}$/u.test(base) && base !== 'und' && base !== 'mul' ? 'und' : undefined;
}

/**
 * The page's language from its text, with `<html lang>` as a prior: the attribute wins when the text is
 * short or franc's answer is not clear, because CMS templates rarely lie about it.
 */
export function pageLanguage(text: string, htmlLang: DetectedLang | undefined): DetectedLang {
  // A page declared in another language stays `und`: franc only knows our three and would call it en or id.
  // Vietnamese function words are the one signal no other language shares.
  if (htmlLang === 'und') return functionWordLanguage(text.slice(0, 4000)) === 'vi' ? 'vi' : 'und';
  const detected = detect(text.slice(0, 4000));
  // Another language under a template's lang="en" (South African, Tanzanian sites): neither en nor id.
  if (detected === 'foreign') return 'und';
  if (!htmlLang) return detected;
  if (detected === 'und' || text.length < 200) return htmlLang;
  return detected;
}

/** A paragraph's language; short or unclear paragraphs take the page's. */
export function paragraphLanguage(text: string, pageLang: DetectedLang, htmlLang?: DetectedLang): DetectedLang {
  if (text.length < 40 || (pageLang === 'und' && htmlLang === 'und')) return pageLang;
  // A paragraph's first 600 characters name its language as well as the whole does, at a bounded cost.
  const lang = detectLanguage(text.slice(0, 600));
  // On a page that is none of ours, a short paragraph is Indonesian only with an Indonesian function word.
  return lang === 'id' && pageLang === 'und' && !hasIndonesianFunctionWord(text) ? 'und' : lang;
}

function hasIndonesianFunctionWord(text: string): boolean {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => ID_FUNCTION_WORDS.has(w));
}
