/** class/id patterns (after readability's) that say what a container probably holds. */

import type { Element } from 'domhandler';

/** The class and id an element is named by, the text these patterns are tested on. */
export function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
}

/**
 * Containers dropped before scoring, unless OK_MAYBE also matches. "extra" is readability's "extra" box, not the
 * typographic utility classes font-extrabold / font-extralight (a heading or a paragraph may carry those).
 */
export const UNLIKELY =
  /-ad-|(?:^|\s)ads?(?:[-_](?:container|slot|wrapper|unit|box|banner|placement)|$|\s)|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra(?!bold|light)|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|cookie|consent|lienquan|lien-quan|tinkhac|tin-khac|baca-?juga|terkait|komentar|binh-?luan/i;
/** readability's own list: names that hold no article even on pages whose wrappers match the wider list. */
export const UNLIKELY_CORE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra(?!bold|light)|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote/i;
export const OK_MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

export const POSITIVE = /article|body|(?<!no)content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|noidung|isi|berita/i;
export const NEGATIVE =
  /-ad-|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|nocontent|copyright|disclaimer|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|author-?bio|byline-?box|author-?(?:box|info|card|profile|details|wrap)|(?:article|post|entry)-author|about-?(?:the-?)?author|recommend|teaser|lienquan|tinkhac|terkait/i;

/** Elements whose text is a picture's caption. */
export const CAPTION_CLASS =
  /(?:^|[\s_-])(?:wp-caption-text|caption|captions?[-_]?text|figcaption|(?:photo|image|img|pic)[-_]?(?:caption|desc|description|credit)|desc[-_]?img|expnoedit|photocms_caption|credit)(?:$|[\s_-])/i;
/** camelCase caption classes ("targetCaption", "photoCredit"); case-sensitive, so "Recaption" or "discredit" never match. */
export const CAMEL_CAPTION_CLASS = /[a-z](?:Caption|Credit)(?:$|[\s_-])/;
/** A box about the author (bio, byline box) inside the article's container. */
export const AUTHOR_BOX_CLASS = /(?:^|[\s_-])(?:author|authors|author-?bio|about-?(?:the-?)?author|byline-?box)(?:$|[\s_-])/i;
/** Wrappers never taken for captions whatever their class says. */
export const NEVER_CAPTION = new Set(['html', 'body', 'main', 'article', 'section', 'form']);

/** A standfirst: Vietnamese "sapo", "cms-desc", and the usual English and French names. */
export const LEAD_CLASS =
  /(?:^|[\s_-])(?:sapo|standfirst|cms-desc|article__desc|article-desc|summary|lead|lede|intro|chapo|chapeau|dek|deck|excerpt|subtitle|sub-title|description|desc)(?:$|[\s_-])/i;

export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/** Elements holding an author, date or counter line ("author-2", "byline", "post-meta", "view-count"). */
export const CREDIT_CLASS =
  /(?:^|[\s_-])(?:author|authors|byline|writer|penulis|tac-?gia|reporter|post-?meta|entry-?meta|article-?meta|views?-?count|dateline|datetime|publish(?:ed)?-?date)\d*(?:$|[\s_-])/i;

/** Wrappers named for a picture ("photo", "pic_artikel", "foto-detail", "gambar"): short text inside is its caption. */
export const PICTURE_CLASS = /(?:^|[\s_-])(?:photos?|fotos?|pics?|pict|picture|gambar|images?|img)(?:$|[\s_-])/i;

/** Containers of an embedded video, player or gallery. */
export const MEDIA_CLASS = /(?:^|[\s_-])(?:video|player|gallery|slideshow|media-?embed)(?:$|[\s_-])/i;
