import { franc } from 'franc';
import type { DetectedLang, Lang } from '../core/index.js';

const FRANC_TO_LANG: Record<string, Lang> = { vie: 'vi', ind: 'id', eng: 'en' };
// Letters only Vietnamese uses among our three languages.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const MIN_LENGTH = 10;

/** franc restricted to vi/id/en; `und` when the text is too short to say. */
export function detectLanguage(text: string): DetectedLang {
  const t = text.trim();
  if (t.length < MIN_LENGTH) return VIETNAMESE_LETTERS.test(t) ? 'vi' : 'und';
  return FRANC_TO_LANG[franc(t, { only: ['vie', 'ind', 'eng'], minLength: MIN_LENGTH })] ?? 'und';
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
  return detectLanguage(text);
}
