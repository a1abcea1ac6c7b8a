/**
 * The words vi/id/en news sites put around an article (headings of related-news and comment blocks, caption
 * and image-label forms, share-bar words, date and byline lines), built from each language's folder under
 * `src/core/languages/`. Shared by the generic extractor and the site profiles. Match headings on NFC text with
 * `normalizeHeading` applied to the candidate.
 */
import { allOf, wordAlternation } from '../core/languages/index.js';

/** Headings that open a list of other articles: the block (and, at the end of an article, all after it) is dropped. */
const RELATED_HEADINGS: readonly string[] = allOf('relatedHeadings');

/** Headings that open a comment section. */
const COMMENT_HEADINGS: readonly string[] = allOf('commentHeadings');

/** Inline lead-ins of a link to another article inside the body ("Baca juga: …", "Xem thêm: …"). */
export const INLINE_LINK_PREFIX = new RegExp(
  `^(?:${wordAlternation(allOf('inlineLinkLeadIns'))})(?![\\p{L}\\p{N}])\\s*[:：»>\\-–—]?`,
  'iu',
);

const PHOTO = wordAlternation(allOf('photoLabels'));
/** The photo labels with either case of their first letter: the names after them must stay capitalised. */
const PHOTO_FIRST_ANY_CASE = [...allOf('photoLabels')].sort((a, b) => b.length - a.length).map(anyCaseFirst).join('|');
/** Capitalised names joined by "and"/"of"/"the" ("Jane Doe", "Getty Images", "The New York Times"), no sentence. */
const NAMES = `\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|of|for|the|via)){0,6}`;
/** Parenthesised photo credits that make a line a caption: "(Ảnh: Minh Sơn/Vietnam+)", "(Foto: VOV)", "(Photo: AFP)". */
const CAPTION_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\((?:${PHOTO})\\s*:[^()]{0,120}\\)\\s*$`, 'iu'),
  new RegExp(`^(?:${PHOTO})\\s*:\\s*\\S.{0,150}$`, 'iu'),
  new RegExp(`^(?:${wordAlternation(allOf('illustrationLabels'))})\\.?(?:\\s*\\([^()]{0,120}\\))?$`, 'iu'),
  // A credit after a spaced slash closing the caption: "… at a subway station / MN archive photo", "/ Image by X.com".
  new RegExp(`\\s\\/\\s*(?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}(?:${PHOTO})(?:\\s+by\\s+[^/]{2,40})?\\s*$`, 'iu'),
  // A bracketed credit opening the caption: "[Times photo: Jane Doe] Children wait for their shots …".
  new RegExp(`^[[(](?:[\\p{L}.'’-]+\\s+){0,3}(?:${PHOTO})\\s*:[^\\])]{1,60}[\\])]`, 'iu'),
  // A credit line of its own: "Photograph by Jane Doe/Getty Images.", "Photos by Ann Lee and Bo Kim", "Image via screen capture."
  new RegExp(`^(?:${PHOTO_FIRST_ANY_CASE})s?\\s+by\\s+${NAMES}(?:\\s*\\/\\s*${NAMES})*\\.?$`, 'u'),
  new RegExp(`^(?:${PHOTO})s?\\s+via\\s+[^.!?]{2,40}\\.?$`, 'iu'),
];

/** VOV's image label (the picture's alt text) glued before a caption: "<title> - ảnh 1Caption". Group 1 is the label. */
export const IMAGE_LABEL_PATTERN = /^(.{0,300}?\s[-–]\s*ảnh\s*\d{1,3})(?!\p{N})\s*/u;

/** Words of a share/follow bar; a short block made only of these is dropped. */
const SHARE_WORDS: readonly string[] = allOf('shareWords');

/** Lower-case, NFC, whitespace collapsed, trailing ":"/"»"/"›" and arrows removed: the form the lists above use. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s:：»›>\-–—|•·]+$/u, '')
    .replace(/^[\s•·|»›>\-–—]+/u, '')
    .trim();
}

const RELATED_SET = new Set(RELATED_HEADINGS);
const COMMENT_SET = new Set(COMMENT_HEADINGS);
const SHARE_SET = new Set(SHARE_WORDS);

/** Related headings of two words or more, longest first: a site may put its own name before one. */
const MULTIWORD_RELATED = RELATED_HEADINGS.filter((h) => h.includes(' ')).sort((a, b) => b.length - a.length);

/** "Related stories", and a related heading after a brand of a word or two ("BW MALL SPONSORED LINKS"). */
export function isRelatedHeading(text: string): boolean {
  const h = normalizeHeading(text);
  if (RELATED_SET.has(h)) return true;
  if (h.length > 40) return false;
  const tail = MULTIWORD_RELATED.find((r) => h.endsWith(` ${r}`));
  return tail !== undefined && h.slice(0, -tail.length).trim().split(' ').length <= 2;
}

export function isCommentHeading(text: string): boolean {
  return COMMENT_SET.has(normalizeHeading(text));
}

/** A short text made only of share-bar words ("Chia sẻ Facebook Zalo", "Share Tweet Email"). */
export function isShareBar(text: string): boolean {
  const t = normalizeHeading(text);
  if (!t || t.length > 120) return false;
  if (SHARE_SET.has(t)) return true;
  const words = t.split(/[\s|/•·,:：]+/u).filter(Boolean);
  let i = 0;
  while (i < words.length) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (two && SHARE_SET.has(two)) i += 2;
    else if (SHARE_SET.has(words[i] ?? '')) i += 1;
    else return false;
  }
  return words.length > 0;
}

const CREDIT = wordAlternation(allOf('creditLabels'));
/** Picture credits: "KOMPAS.COM/NAMA", "ANTARA FOTO/Nama", "Dok. Humas Pemkot", a caption ending "(Dok.IGI)". */
const CREDIT_PATTERNS: readonly RegExp[] = [
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.id|id|vn|net|org)\s*\/\s*[\p{L} .,'’-]{2,60}$/iu,
  /^antara\s+foto\s*\/\s*\S/iu,
  new RegExp(`^\\(?(?:${CREDIT})(?![\\p{L}])\\.?\\s*:?\\s*[\\p{L}\\p{N} .,/&'’-]{0,60}\\)?$`, 'iu'),
  new RegExp(`\\((?:${CREDIT})(?![\\p{L}])\\.?\\s*:?\\s*[^()]{0,80}\\)\\s*$`, 'iu'),
  /\(\s*[\p{L}\p{N}-]+\.(?:com|co\.id|id|vn)\s*\/[^()]{1,60}\)\s*$/iu,
];

/** Picture agencies closing a credit line: "Francesco Carta | Moment | Getty Images", "(AP Photo/Jane Doe)". */
const PHOTO_AGENCY =
  /(?:^|[|/·(]\s*|\s)(?:getty\s+images|afp(?:\s+via\s+getty\s+images)?|ap\s+photo|reuters|shutterstock|istock(?:photo)?|epa(?:-efe)?|xinhua|anadolu|bloomberg|alamy|antara\s+foto|tempo\s*\/)(?:\s*\/\s*[\p{L} .'’-]{2,40})?\)?\s*$/iu;

function isAgencyCredit(text: string): boolean {
  return text.length <= 120 && !/[.!?…]["”’»]?$/u.test(text) && /[|/·(]/u.test(text) && PHOTO_AGENCY.test(text);
}

export function isCaptionText(text: string): boolean {
  return CAPTION_PATTERNS.some((re) => re.test(text)) || CREDIT_PATTERNS.some((re) => re.test(text)) || isAgencyCredit(text);
}

const COUNTER = wordAlternation(allOf('counterWords'));
const COUNTER_LINE = new RegExp(
  `^(?:\\d[\\d.,]*\\s*[kKmM]?\\s*(?:x\\s*)?(?:${COUNTER})|(?:${COUNTER})\\s*:?\\s*\\d[\\d.,]*\\s*[kKmM]?(?:\\s*kali)?)$`,
  'iu',
);

/** A reader counter: "1.229 Views", "Dibaca 1.229 kali", "1,2K lượt xem". */
export function isCounterLine(text: string): boolean {
  return text.length <= 40 && COUNTER_LINE.test(text.trim());
}

/** A name beside a date in a byline ("Yasmine Hassan · CBC News · Posted: …"): up to five capitalised words. */
const NAME_PART = /^(?:[\p{Lu}][\p{L}.'’+-]*)(?:\s+(?:[\p{Lu}][\p{L}.'’+-]*|và|dan|and|&)){0,4}$/u;

/**
 * Article chrome: a line whose every part (split at "|", "•", "·") is a date, a counter, a short author
 * line or share/rating words ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "Rating ( voters)").
 */
export function isChromeLine(text: string): boolean {
  if (text.length > 160) return false;
  // A slash between spaces separates parts too ("Monday, 11.05.2012 / 8:05 PM / News"); one inside a date does not.
  // So does a date lead-in after a byline ("By JANE DOE, Times Film Critic Published October 7, 2004").
  const parts = text
    .split(/\s*[|•·]\s*|\s+\/\s+|\s+(?=(?:Published|Updated|Posted|Last modified)(?!\p{L})[^|]{0,40}\d)/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return false;
  const dated = parts.filter((p) => isDateLine(p) || isCounterLine(p)).length;
  return parts.every(
    (p) =>
      isDateLine(p) ||
      isCounterLine(p) ||
      isShareBar(p.replace(/[()\d.,]+/gu, ' ')) ||
      (p.length <= 60 && BYLINE_PATTERN.test(p)) ||
      (dated > 0 && parts.length > 1 && NAME_PART.test(p)),
  );
}

const DATE_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(allOf('dateWords'))})(?![\\p{L}\\p{N}])`, 'gu');

/** Ordinals and clock suffixes glued to a number: "14th", "00:11am". */
const DIGIT_SUFFIX = /(?<=\d)(?:st|nd|rd|th|am|pm)(?!\p{L})/gu;
/**
 * A dotted clock suffix after a number ("September 15, 2011, 9:29 p.m."). Only beside a year: a bare "3:20 p.m." line
 * is the heading of an entry in a live-updates story.
 */
const DOTTED_CLOCK_SUFFIX = /(?<=\d\s?)[ap]\.\s?m\.?(?![\p{L}\p{N}])/gu;
const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u;

/** A line that is only a date or time ("Thứ Hai, 06/09/2021 - 17:30", "06/09/2021 | 14:33", "Updated 5 May 2021"). */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  let bare = text.toLowerCase().replace(DIGIT_SUFFIX, '');
  if (YEAR.test(bare)) bare = bare.replace(DOTTED_CLOCK_SUFFIX, '');
  return bare.replace(DATE_WORDS, '').replace(/[\d\s/.:,|\-–—()+]/gu, '').length === 0;
}

/** An author/source line closing an article: "Minh Sơn/Vietnam+", "Theo TTXVN", "(VOVWORLD)", "By Jane Doe". */
const SOURCE_LEAD_INS = allOf('sourceLeadIns').map(anyCaseFirst).join('|');
export const CLOSING_BYLINE_PATTERN = new RegExp(
  `^\\(?(?:(?:${SOURCE_LEAD_INS})\\s+[\\p{L}\\p{N}.+&\\s/-]{2,50}|[\\p{Lu}][\\p{L}.'’-]*(?:\\s[\\p{Lu}][\\p{L}.'’-]*){0,4}\\s?\\/\\s?[\\p{L}\\p{N}+.&\\s-]{2,30}|${allOf('agencies').join('|')})\\)?\\.?$`,
  'u',
);

/** A line that is only a news agency's name ("The Canadian Press", "Associated Press"): its credit, not its text. */
export const AGENCY_LINE = new RegExp(`^(?:${allOf('agencies').join('|')})\\.?$`, 'u');

/** A short author line anywhere: "Oleh: Yohanes Seo", "Penulis: …", "Tác giả: …", "By Jane Tran". Apply to lines of at most 60 characters. */
const BYLINE_LEAD_INS = allOf('bylineLeadIns').sort((a, b) => b.length - a.length).map(anyCaseFirst).join('|');
export const BYLINE_PATTERN = new RegExp(`^(?:${BYLINE_LEAD_INS})\\s*:?\\s+\\p{Lu}`, 'u');

/** Calls to action closing an article: subscribe, download the app, follow us (vi/id/en). Apply to its last short lines. */
export const CALL_TO_ACTION_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${allOf('callsToAction').join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The site's notes ("If you buy something using links in our stories, we may earn a commission"). Short lines only. */
export const NOTICE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${allOf('notices').join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The end of a teaser of another article: "… has been banned for two years. Full Story". Linked blocks only. */
export const TEASER_LINK_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${wordAlternation(allOf('teaserLinks'))})\\s*(?:[»›>…]|\\.\\.\\.)?$`,
  'iu',
);

/** A reader comment's signature: "Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08". Lines up to 150 characters. */
export const COMMENT_SIGNATURE_PATTERN = new RegExp(
  `^(?:${wordAlternation(allOf('commentSignatures'))})\\s*:?\\s+\\S.*\\p{N}`,
  'iu',
);

/**
 * An Indonesian desk code signing off an article: the writers' and editors' lower-case initials in brackets,
 * "(bgs/rul)", "[ian]", "(fbn)". Part of the article's text, however short.
 */
const DESK_CODE = /(?:^|\s)([([][a-z]{2,5}(?:\/[a-z]{2,5}){0,3}[)\]])$/u;

/** The desk code a line is, or ends with ('Simak Video "…" [Gambas:Video 20detik] (vyp/kna)'), else null. */
export function deskCodeAtEnd(text: string): string | null {
  return DESK_CODE.exec(text.trim())?.[1] ?? null;
}

/** What may follow a quoted video title on its line: the embed's bracketed token and the desk's initials. */
const EMBED_TAIL = String.raw`(?:\s*\[[^[\]]{1,60}\])?(?:\s*\([\p{L}/ ]{2,20}\))?\s*$`;

/** A video or podcast teaser: "WATCH | Hezbollah and Iran vows …:", "VIDEO: …", 'Simak Video "Judul"'. */
export const MEDIA_TEASER_PATTERN = new RegExp(
  `^(?:${wordAlternation(allOf('mediaLabels'))})\\s*(?:[|:]\\s*\\S|["“][^"”]{3,150}["”]${EMBED_TAIL})`,
  'iu',
);

/** A note on the author closing an article: "Steph Bazzle covers politics …", "Jane Doe is a reporter for …". */
export const AUTHOR_BIO_PATTERN = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:(?:${wordAlternation(allOf('copulas'))})\\s+(?:[\\p{L}&-]+\\s+){0,5})?` +
    `(?:${wordAlternation(allOf('authorRoles').flatMap((r) => [r, capitalised(r)]))})(?![\\p{L}\\p{N}])`,
  'u',
);

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A word with its first letter in either case: a lead-in may open a sentence, the name after it must be capitalised. */
function anyCaseFirst(word: string): string {
  const first = word.charAt(0);
  return `[${first}${first.toUpperCase()}]${word.slice(1).replace(/ /g, '\\s+')}`;
}

const AD_LABELS = wordAlternation(allOf('adLabels'));
// A widget's placeholder ends in dots: "Loading...", "Loading ...", "Đang tải…". Two labels may share a line
// ("Advertisement - Continue Reading Below"), and a label may stand in brackets ("(Story continues below)").
const AD_LABEL = new RegExp(
  `^\\(?(?:${AD_LABELS})(?:\\s*[-–—|]\\s*(?:${AD_LABELS}))?(?:\\s*\\d{1,2})?(?:\\s*(?:[.:]|\\.{3}|…))?\\)?$`,
  'iu',
);

const WIDGET_CONTROL = new RegExp(`^(?:${wordAlternation(allOf('widgetControls'))})$`, 'iu');
/** A gallery's picture counter: "Image 3 of 12", "Image 1of/5", "Foto 2 dari 8". */
const PICTURE_COUNT = new RegExp(
  `^(?:${wordAlternation(allOf('photoLabels'))})\\s*\\d{1,3}\\s*(?:(?:${wordAlternation(allOf('countSeparators'))})\\s*\\/?|\\/)\\s*\\d{1,3}$`,
  'iu',
);

/** A gallery's or an embed box's own line: a button ("Hide caption", "Close", "Embed") or a picture counter. */
export function isWidgetLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && (WIDGET_CONTROL.test(t) || PICTURE_COUNT.test(t));
}

/** A line that only labels an advertisement, a player or a widget still loading: "Advertisement 2", "Loading...". */
export function isAdLabel(text: string): boolean {
  const t = text.trim();
  return (t.length <= 80 && (AD_LABEL.test(t) || EMBED_PLACEHOLDER.test(t))) || (t.length <= 200 && COPYRIGHT.test(t));
}

/** An embed the page left as a bracketed token ("[Gambas:Video 20detik]", "[Embed: tweet]"): never prose. */
const EMBED_PLACEHOLDER = /^\[\s*[\p{L}]+\s*:[^[\]]{1,60}\]$/u;

/** "Copyright © 2023 The Times, LLC.", "© 2024 Báo X": the site's notice, never the article's. */
const COPYRIGHT = /^(?:\(c\)|©|copyright(?:\s*©)?|hak cipta|bản quyền)\s*(?:©\s*)?(?:\d{4}|[\p{Lu}])/iu;
