import type { Lang } from '../index.js';

/**
 * Everything one language brings to cleaning and metadata: word lists (lower-case, NFC, letters, spaces
 * and apostrophes only, so a pattern can be built from them without escaping), a few pattern fragments,
 * its time-zone names and the UTC offset a page in it takes when nothing else says.
 */
export interface LanguageModule {
  lang: Lang;
  /** The commonest function words: a paragraph full of one language's is that language. */
  functionWords: readonly string[];
  /** Headings that open a list of other articles. */
  relatedHeadings: readonly string[];
  /** Headings that open a comment section. */
  commentHeadings: readonly string[];
  /**
   * Pattern fragments that open a comment section's rules ("Comments are moderated", "Do not post:"), matched at
   * the start of a paragraph: the article has ended there.
   */
  commentRules: readonly string[];
  /** Lead-ins of a reader comment's signature line ("posted by", "dikirim oleh"), followed by a name and a time. */
  commentSignatures: readonly string[];
  /** Lead-ins of a link to another article inside the body ("baca juga", "xem thêm"). */
  inlineLinkLeadIns: readonly string[];
  /** Words of a share/follow bar. */
  shareWords: readonly string[];
  /** Labels of a photo credit ("ảnh", "foto"): "(Ảnh: …)", "Foto: …". */
  photoLabels: readonly string[];
  /** Labels of a picture's source written without a colon: "(Dok. Humas)", "Istimewa", "(Ảnh tư liệu)". */
  creditLabels: readonly string[];
  /** A caption that is only an illustration label ("ảnh minh họa"). */
  illustrationLabels: readonly string[];
  /** Words a date line is made of besides numbers (weekdays, months, "pukul", zone names). */
  dateWords: readonly string[];
  /** Lines that only label an advertisement or a player ("Advertisement", "Iklan", "Quảng cáo"). */
  adLabels: readonly string[];
  /** Buttons of a photo gallery or an embed box, each a line of its own: "Hide caption", "Close", "Embed". */
  widgetControls: readonly string[];
  /** The word between a picture's number and the count in a gallery ("Image 3 of 12"): "of", "dari". */
  countSeparators: readonly string[];
  /** Words that count readers: "lượt xem", "dibaca", "views". */
  counterWords: readonly string[];
  /** The verbs of "X is a reporter …" (an author's note closing an article). */
  copulas: readonly string[];
  /** What a note on the author calls them ("reporter", "phóng viên", "wartawan") and their beat's verbs ("covers"). */
  authorRoles: readonly string[];
  /** Lead-ins of an author line ("oleh", "tác giả"). */
  bylineLeadIns: readonly string[];
  /** Lead-ins of a closing source line ("theo", "sumber"). */
  sourceLeadIns: readonly string[];
  /** News agencies and desks that close an article on their own line. */
  agencies: readonly string[];
  /** Pattern fragments of calls to action closing an article (subscribe, follow us, get the app). */
  callsToAction: readonly string[];
  /** Pattern fragments of the site's notes in an article: affiliate disclosures, "breaking story, more to follow". */
  notices: readonly string[];
  /** Labels opening a teaser for a video or a podcast ("WATCH | …", "VIDEO: …"). */
  mediaLabels: readonly string[];
  /** Links closing a teaser of another article ("Full Story", "selengkapnya", "xem tiếp"). */
  teaserLinks: readonly string[];
  /** Zone abbreviations written after a time, with their offsets. */
  timeZones: Readonly<Record<string, string>>;
  /** The offset a page in this language takes when neither its site profile nor the page gives one. */
  defaultUtcOffset: string;
  /** Country-code domains whose sites write in this language. */
  hostSuffixes: readonly string[];
}
