/**
 * The words vi/id/en news sites put around an article: headings of related-news and comment blocks,
 * caption and image-label forms, share-bar words. Data only, shared by the generic extractor and the
 * site profiles. Match them on NFC text with `normalizeHeading` applied to the candidate.
 */

/** Headings that open a list of other articles: the block (and, at the end of an article, all after it) is dropped. */
export const RELATED_HEADINGS: readonly string[] = [
  // vi
  'tin liên quan',
  'tin khác',
  'tin mới hơn',
  'tin cũ hơn',
  'tin cùng chuyên mục',
  'tin mới nhất',
  'tin nổi bật',
  'tin đọc nhiều',
  'tin xem nhiều',
  'bài liên quan',
  'bài viết liên quan',
  'các tin khác',
  'các tin liên quan',
  'các bài khác',
  'xem thêm',
  'đọc thêm',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'đọc nhiều',
  'xem nhiều',
  'mới nhất',
  'cùng chuyên mục',
  // id
  'baca juga',
  'berita terkait',
  'berita lainnya',
  'berita lain',
  'artikel terkait',
  'baca selanjutnya',
  'terpopuler',
  'berita terpopuler',
  'berita terbaru',
  'terkini',
  'yang lain',
  'lainnya',
  'rekomendasi',
  // en
  'related news',
  'related articles',
  'related stories',
  'related posts',
  'related',
  'read more',
  'read also',
  'see also',
  'more news',
  'more stories',
  'more from',
  'other news',
  'latest news',
  'most read',
  'most popular',
  'popular',
  'recommended',
  'you may also like',
  'you might also like',
  'trending',
  'editor’s picks',
  "editor's picks",
];

/** Headings that open a comment section. */
export const COMMENT_HEADINGS: readonly string[] = [
  'bình luận',
  'ý kiến bạn đọc',
  'ý kiến',
  'gửi bình luận',
  'viết bình luận',
  'komentar',
  'tulis komentar',
  'kirim komentar',
  'comments',
  'comment',
  'leave a comment',
  'leave a reply',
  'post a comment',
  'add a comment',
  'join the conversation',
];

/** Inline lead-ins of a link to another article inside the body ("Baca juga: …", "Xem thêm: …"). */
export const INLINE_LINK_PREFIX =
  /^(?:baca juga|baca pula|simak juga|lihat juga|berita terkait|xem thêm|đọc thêm|tin liên quan|read more|read also|see also|related|also read)(?![\p{L}\p{N}])\s*[:：»>\-–—]?/iu;

/** Parenthesised photo credits that make a line a caption: "(Ảnh: Minh Sơn/Vietnam+)", "(Foto: VOV)", "(Photo: AFP)". */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|foto|photo|photograph|image|picture|gambar|sumber foto)\s*:[^()]{0,120}\)\s*$/iu,
  /^(?:ảnh|foto|photo|image|gambar)\s*:\s*\S.{0,150}$/iu,
  /^ảnh minh (?:họa|hoạ)\.?(?:\s*\([^()]{0,120}\))?$/iu,
];

/** VOV's image label (the picture's alt text) glued before a caption: "<title> - ảnh 1Caption". Group 1 is the label. */
export const IMAGE_LABEL_PATTERN = /^(.{0,300}?\s[-–]\s*ảnh\s*\d{1,3})(?!\p{N})\s*/u;

/** Words of a share/follow bar; a short block made only of these is dropped. */
export const SHARE_WORDS: readonly string[] = [
  'chia sẻ',
  'chia sẻ bài viết',
  'in bài',
  'in',
  'gửi',
  'lưu',
  'bagikan',
  'bagikan artikel',
  'salin link',
  'salin tautan',
  'share',
  'share this',
  'share this article',
  'share on facebook',
  'share on twitter',
  'tweet',
  'print',
  'email',
  'e-mail',
  'copy link',
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'telegram',
  'zalo',
  'pinterest',
  'reddit',
  'line',
];

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

export function isRelatedHeading(text: string): boolean {
  return RELATED_SET.has(normalizeHeading(text));
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

export function isCaptionText(text: string): boolean {
  return CAPTION_PATTERNS.some((re) => re.test(text));
}

const DATE_WORDS =
  /(?<![\p{L}\p{N}])(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày|tháng|năm|lúc|giờ|cập nhật|đăng|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|pukul|wib|wita|wit|diperbarui|diterbitkan|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|utc|gmt|ict|cet|cest|est|edt|pst|pdt|bst|updated|published|posted|last|on|at)(?![\p{L}\p{N}])/gu;

/** A line that is only a date or time ("Thứ Hai, 06/09/2021 - 17:30", "06/09/2021 | 14:33", "Updated 5 May 2021"). */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  return text.toLowerCase().replace(DATE_WORDS, '').replace(/[\d\s/.:,|\-–—()+]/gu, '').length === 0;
}

/** An author/source line closing an article: "Minh Sơn/Vietnam+", "Theo TTXVN", "(VOVWORLD)", "By Jane Doe". */
export const CLOSING_BYLINE_PATTERN =
  /^\(?(?:(?:[Tt]heo|[Nn]guồn|[Ss]umber|[Bb]y)\s+[\p{L}\p{N}.+&\s/-]{2,50}|[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,4}\s?\/\s?[\p{L}\p{N}+.&\s-]{2,30}|VOVWORLD|VOV|VNA|TTXVN|ANTARA|Antara|Reuters|AFP|AP)\)?\.?$/u;

/** A short author line anywhere: "Oleh: Yohanes Seo", "Penulis: …", "Tác giả: …", "By Jane Tran". Apply to lines of at most 60 characters. */
export const BYLINE_PATTERN =
  /^(?:[Oo]leh|[Pp]enulis|[Rr]eporter|[Pp]ewarta|[Ee]ditor|[Tt]ác giả|[Pp]hóng viên|[Bb]iên tập|[Bb]y|[Ww]ritten by|[Aa]uthor)\s*:?\s+\p{Lu}/u;

/** Calls to action closing an article: subscribe, download the app, follow us (vi/id/en). Apply to its last short lines. */
export const CALL_TO_ACTION_PATTERN =
  /(?<![\p{L}\p{N}])(?:subscribe|sign up|newsletter|download(?:\s+[\p{L}\p{N}]+){0,3}\s+apps?|follow us|join us on|mời (?:quý vị|bạn) (?:đọc|xem|theo dõi)|đăng ký (?:nhận|kênh)|tải ứng dụng|theo dõi (?:chúng tôi|kênh|fanpage)|ikuti (?:kami|berita|kanal|saluran)|simak (?:berita|update)|dapatkan (?:update|berita)|unduh aplikasi|berlangganan|gabung (?:di|ke) (?:kanal|grup|channel))(?![\p{L}\p{N}])/iu;
