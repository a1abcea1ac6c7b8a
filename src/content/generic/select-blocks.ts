import type { Element } from 'domhandler';
import {
  AGENCY_LINE,
  AUTHOR_BIO_PATTERN,
  BYLINE_PATTERN,
  CALL_TO_ACTION_PATTERN,
  CLOSING_BYLINE_PATTERN,
  INLINE_LINK_PREFIX,
  IMAGE_LABEL_PATTERN,
  isCaptionText,
  isAdLabel,
  isChromeLine,
  COMMENT_SIGNATURE_PATTERN,
  isCommentHeading,
  isDateLine,
  isRelatedHeading,
  isShareBar,
  isWidgetLine,
  MEDIA_TEASER_PATTERN,
  deskCodeAtEnd,
  NOTICE_PATTERN,
  TEASER_LINK_PATTERN,
} from '../boilerplate-vocabulary.js';
import { isCommentRules } from '../comment-rules.js';
import type { Block } from '../types.js';
import { classWeight, contains, linkDensity, type StatsMap } from './choose-content.js';
import { classAndId, AUTHOR_BOX_CLASS, CREDIT_CLASS, MEDIA_CLASS, PICTURE_CLASS } from './class-patterns.js';
import type { RawBlock } from './collect-blocks.js';
import { isDisclaimerBlock } from './disclaimer.js';
import { withoutOpeningByline } from './opening-byline.js';
import { isTeaserCardBox } from './teaser-cards.js';
import { pictureBefore } from './picture-box.js';
import { titlesPrunedLinkList } from './link-list-heading.js';
import { isFieldLabel } from './field-labels.js';
import { headsArticleSection } from './section-heading.js';

export interface Range {
  first: number;
  last: number;
}

export interface Selection {
  kept: Array<{ index: number; block: Block }>;
  captions: string[];
}

const TAIL_SHORT = 45;
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'aside', 'form', 'fieldset', 'nav', 'header', 'footer', 'menu']);

/** Text an article beside a larger stream of teasers has at least. */
const BESIDE_TEASERS = 500;
/** Unlinked text a teaser (linked headline and its summary) holds at most. */
const TEASER_SUMMARY_MAX = 400;

/**
 * A list of three or more teasers: items that open with a linked headline and hold little or nothing else (a
 * summary, a source). Related-story and menu boxes; an article's own list items do not open with a link line.
 * Bare-headline list items count too: a box of one summarised story and four bare headlines is still a teaser box.
 */
function isTeaserList(el: Element, blocks: readonly RawBlock[], stats: StatsMap): boolean {
  let items = 0;
  let teasers = 0;
  for (const c of el.children) {
    const s = c.type === 'tag' ? stats.get(c) : undefined;
    if (!s) continue;
    items++;
    const head = blocks[s.first];
    // A bare headline counts only as a list item: a post's own <p> or <div> may be a source link over its excerpt.
    const bare = s.last === s.first;
    if (!head || (bare && (c as Element).name !== 'li') || head.len < 15 || head.linkLen < 0.7 * head.len) continue;
    if (s.len - s.linkLen <= TEASER_SUMMARY_MAX) teasers++;
  }
  return teasers >= 3 && teasers * 3 >= items * 2;
}

/** Characters a teaser's linked headline has at least. */
const TEASER_HEADLINE_MIN = 10;
/** Unlinked text a lone promo item (linked headline over a one-line blurb) holds at most. */
const PROMO_BLURB_MAX = 200;

/**
 * A promo list: a list whose every item opens with a linked heading and holds only a short blurb under it (a promo
 * box's one or two stories, "Elsewhere on the site"). An article's own list items do not open with a linked heading.
 */
function isPromoList(el: Element, blocks: readonly RawBlock[], stats: StatsMap): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  let items = 0;
  for (const c of el.children) {
    const s = c.type === 'tag' ? stats.get(c) : undefined;
    if (!s) continue;
    const head = blocks[s.first];
    if ((c as Element).name !== 'li' || !head || head.kind !== 'heading' || head.len < TEASER_HEADLINE_MIN) return false;
    if (head.linkLen < 0.7 * head.len || s.last === s.first || s.len - s.linkLen > PROMO_BLURB_MAX) return false;
    items++;
  }
  return items > 0;
}

/** Mark of blocks dropped as a media insert (a slideshow) rather than as boilerplate that takes its heading along. */
const MEDIA_INSERT = 2;

/** Text an author box (name, photo caption, bio, links) holds at most. */
const AUTHOR_BOX_MAX = 1000;

/** Slideshows, galleries and carousels: their text is the slides' captions or other stories. */
const SLIDES_CLASS = /(?:^|[\s_-])(?:slideshow|gallery|carousel)(?:$|[\s_-])/i;

/** Text of the blocks before each index (prefix sums), to tell what an article has said before a box. */
function textBefore(blocks: readonly RawBlock[]): Float64Array {
  const before = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) before[i + 1] = (before[i] ?? 0) + (blocks[i] as RawBlock).len;
  return before;
}

/** Text a box around a form (a lead or sign-up form with its pitch, a poll) holds at most. */
const FORM_BOX_MAX = 1500;

/** A form's parent and grandparent: the box that pitches it ("Client Acquisition Simplified", a testimonial). */
function formBoxesOf(forms: readonly Element[]): Set<Element> {
  const boxes = new Set<Element>();
  for (const form of forms) {
    let el = form.parent;
    for (let up = 0; el && el.type === 'tag' && up < 2; up++, el = el.parent) boxes.add(el);
  }
  return boxes;
}

function holdsCommentHeading(blocks: readonly RawBlock[], r: Range): boolean {
  for (let i = r.first; i <= r.last; i++) if ((blocks[i]?.len ?? 99) <= 40 && isCommentHeading(blocks[i]?.text ?? '')) return true;
  return false;
}

/** Block indices inside content whose container looks like boilerplate (negative class, link lists, form boxes). */
function droppedByContainer(blocks: readonly RawBlock[], stats: StatsMap, chosen: readonly Element[], contentLen: number, forms: readonly Element[]): Uint8Array {
  const drop = new Uint8Array(blocks.length);
  const formBoxes = formBoxesOf(forms);
  const ranges = chosen.map((el) => stats.get(el)).filter((s) => s !== undefined);
  const before = textBefore(blocks);
  for (const [el, s] of stats) {
    if (!CONTAINERS.has(el.name)) continue;
    const within = ranges.find((r) => s.first >= r.first && s.last <= r.last);
    if (!within) continue;
    const afterArticle = (before[s.first] ?? 0) - (before[within.first] ?? 0) >= BESIDE_TEASERS;
    // A slideshow after an article's worth of text is the slides' captions (one at the top may be a photo story).
    const names = classAndId(el);
    const slides = afterArticle && SLIDES_CLASS.test(names);
    // A stream of teasers may outweigh a short article beside it (but a listing page is left to the index check).
    // Summarised cards and promo lists count only after an article's worth of text: the rail below the body.
    const teasers =
      isTeaserList(el, blocks, stats) ||
      (afterArticle && (isTeaserCardBox(blocks, s.first, s.last) || isPromoList(el, blocks, stats)));
    if (s.len * 2 >= contentLen && !((teasers || slides) && contentLen - s.len >= BESIDE_TEASERS)) continue;
    const ld = linkDensity(s);
    const prose = s.good >= 300 && s.good > 0.6 * s.len;
    // A form inside the article is a sign-up or comment box: its labels and notes are not the article.
    const linkList = ld > 0.5 && s.len - s.linkLen < 300;
    // A bio is prose too: a small author box goes whatever its text.
    const authorBox = AUTHOR_BOX_CLASS.test(names) && s.len <= AUTHOR_BOX_MAX && s.len * 3 <= contentLen;
    // A comment form is left to the walk: its "Your comments" heading ends the article there.
    const formBox = formBoxes.has(el) && s.len <= FORM_BOX_MAX && s.len * 4 <= contentLen && !holdsCommentHeading(blocks, s);
    const bad = (classWeight(el) < 0 && !prose) || linkList || el.name === 'form' || formBox || teasers || slides || authorBox;
    if (!bad || chosen.includes(el)) continue;
    // Same block range as a content root: an ancestor or a descendant of it; only a descendant is dropped.
    if (s.first === within.first && s.last === within.last && !chosen.some((c) => contains(c, el))) continue;
    // A slideshow is a picture inserted into the text: a heading over it still heads the text after it.
    drop.fill(slides && !(teasers || linkList || authorBox) ? MEDIA_INSERT : 1, s.first, s.last + 1);
  }
  return drop;
}

/** The highest element below the content roots that starts with block `i`: the box a heading opens. */
function boxOpenedBy(i: number, blocks: readonly RawBlock[], stats: StatsMap, chosen: readonly Element[]): Range | null {
  let el = blocks[i]?.owner;
  let box: Range | null = null;
  while (el && !chosen.includes(el)) {
    const s = stats.get(el);
    if (!s || s.first !== i) break;
    if (s.last > i) box = s;
    const parent = el.parent;
    el = parent && parent.type === 'tag' ? parent : undefined;
  }
  return box;
}

function captionOf(text: string): string {
  const label = IMAGE_LABEL_PATTERN.exec(text);
  return label ? text.slice(label[0].length).trim() : text;
}

const CREDIT_MAX = 80;

/** The block's element or one of its next `levels` ancestors has a class or id that `re` matches. */
function classedWithin(b: RawBlock, re: RegExp, levels: number): boolean {
  let el: Element | null = b.owner;
  for (let up = 0; el && up <= levels; up++) {
    const names = classAndId(el);
    if (names.trim() && re.test(names)) return true;
    el = el.parent && el.parent.type === 'tag' ? el.parent : null;
  }
  return false;
}

/** A short block inside (up to two levels) an author/date/counter-classed element, not a sentence. */
function inCreditBox(b: RawBlock): boolean {
  if (b.len > CREDIT_MAX || b.kind !== 'body' || /[.!?…]["”’»)]?$/u.test(b.text)) return false;
  return classedWithin(b, CREDIT_CLASS, 2);
}

/** A short line that is no sentence: a kicker or section label. */
function isLabelLine(text: string): boolean {
  return text.length <= KICKER_MAX && !/[.!?…:;"”’»)]$/u.test(text);
}

const KICKER_MAX = 40;

/** Text a picture box (image, credit, caption) holds at most; an article wrapper named "detail-img" holds more. */
const PICTURE_BOX_MAX = 300;

/**
 * A short line in a picture box: an element (the block's own or one or two levels up) that holds an <img>, shows
 * one a few levels down before the line (pictureBefore), or is named for a picture, and whose whole text is short.
 * Its text is the picture's caption and credit ("Kompas.com / Nama Caption…", a detik "pic_artikel" span), whatever
 * words it uses.
 */
function inPictureBox(b: RawBlock, stats: StatsMap): boolean {
  if (b.len > PICTURE_BOX_MAX || b.kind !== 'body' || b.owner.name === 'p') return false;
  let el: Element | null = b.owner;
  for (let up = 0; el && up <= 2; up++) {
    // figure and figcaption are captions by tag already (and a photo story takes them as its text).
    if (el.name === 'figure' || el.name === 'figcaption') return false;
    const names = classAndId(el);
    const small = (stats.get(el)?.len ?? Infinity) <= PICTURE_BOX_MAX;
    // The walk below the wrapper only for a wrapper small enough to be a picture box (each one up is bigger).
    const picture =
      (names.trim() !== '' && PICTURE_CLASS.test(names)) ||
      el.children.some((c) => c.type === 'tag' && c.name === 'img') ||
      (small && pictureBefore(el, b.owner));
    if (picture) return small;
    el = el.parent && el.parent.type === 'tag' ? el.parent : null;
  }
  return false;
}

/** A short line made mostly of a <time> element: "21. Mai 2026", "Published <time>…</time>". */
function isTimeStamp(b: RawBlock): boolean {
  return b.timeLen > 0 && b.len <= 80 && b.timeLen * 2 >= b.len;
}

/** A paragraph of sentences whose links sit inside the prose ("Trump <a>imposed tariffs in 2018</a>, prompting …"). */
function isLinkedProse(b: RawBlock, ld: number): boolean {
  if (b.owner.name !== 'p' || b.kind !== 'body' || b.len < 150 || ld > 0.8) return false;
  return b.len - b.linkLen >= 40 && SENTENCE_END.test(b.text);
}

/** Unlinked characters a short sentence keeps besides its links ("Last month, <a>Xiaomi</a> launched its phones in Pakistan."). */
const SHORT_SENTENCE_OWN_TEXT = 30;
/** Share of a short sentence that links may take: most of it is its own words. */
const SHORT_SENTENCE_LINKS = 0.4;

/**
 * A short paragraph that is one sentence with a link in it: a capital opens it, punctuation ends it, and most of
 * it (60%) is not link text. Link lines and teasers are bare titles; this reads as prose, so it is prose.
 */
function isShortLinkedSentence(b: RawBlock, ld: number): boolean {
  if (b.owner.name !== 'p' || b.kind !== 'body' || ld > SHORT_SENTENCE_LINKS || b.len - b.linkLen < SHORT_SENTENCE_OWN_TEXT) return false;
  return /^["“‘'(]?\p{Lu}/u.test(b.text) && SENTENCE_END.test(b.text) && b.text.split(/\s+/u).length >= 5;
}

const CODE_CHARS = /[{}();=<>]/gu;

/**
 * Script text shown as text ("'); } if( partner == 'netscape' ) { document.write(''); }"): a "</script>" inside
 * a script's string ends the element early, in browsers as here. Prose has few of these characters.
 */
function isScriptText(b: RawBlock): boolean {
  if (b.kind !== 'body' || b.owner.name === 'pre' || b.owner.name === 'code' || !b.text.includes(';')) return false;
  return (b.text.match(CODE_CHARS)?.length ?? 0) >= Math.max(6, 0.06 * b.len);
}

/** A linked promo set off in square brackets inside the text: "[ Download the … Deep Dive … | Harness … ]". */
function isBracketedPromo(b: RawBlock): boolean {
  return b.linkLen > 0 && b.len <= 400 && /^\[[^\]]*\]$/u.test(b.text);
}

/** A client-side template's placeholder left unrendered in the saved page: "Page {{article.page + 1}} / {{pages}}". */
const TEMPLATE_PLACEHOLDER = /\{\{\s*[\p{L}_$][\p{L}\p{N}_$.]*[^{}]*\}\}/u;
const TEMPLATE_LINE_MAX = 200;

function isTemplateLine(b: RawBlock): boolean {
  return b.len <= TEMPLATE_LINE_MAX && b.owner.name !== 'pre' && b.owner.name !== 'code' && TEMPLATE_PLACEHOLDER.test(b.text);
}

/** Ads, share bars, dates, counters, author lines, "read also" links and stray script: never article text. */
function isFurniture(b: RawBlock, ld: number): boolean {
  const t = b.text;
  if (isAdLabel(t) || isShareBar(t) || isDateLine(t) || isChromeLine(t) || isWidgetLine(t) || isScriptText(b) || isTemplateLine(b)) return true;
  if (inCreditBox(b) || isTimeStamp(b) || isBracketedPromo(b) || (b.len <= 40 && AGENCY_LINE.test(t))) return true;
  return (b.len <= 60 && BYLINE_PATTERN.test(t)) || (INLINE_LINK_PREFIX.test(t) && (ld > 0.3 || b.len < 160));
}

/** Short lines the content repeats three times or more ("Article content", "Advertisement"): page furniture. */
function repeatedShortLines(blocks: readonly RawBlock[], ranges: readonly Range[]): Set<string> {
  const counts = new Map<string, number>();
  for (const r of ranges) {
    for (let i = r.first; i <= r.last; i++) {
      const b = blocks[i] as RawBlock;
      if (b.len <= 60) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([t]) => t));
}

/** Walks the content's blocks in order: keeps text, moves captions aside, drops related/comment/share blocks. */
export function selectBlocks(
  blocks: readonly RawBlock[],
  stats: StatsMap,
  chosen: readonly Element[],
  forms: readonly Element[] = [],
  fieldBoxes: ReadonlySet<Element> = new Set(),
): Selection {
  const ranges = chosen.map((el) => stats.get(el)).filter((s) => s !== undefined);
  const contentLen = ranges.reduce((n, r) => n + r.len, 0);
  const drop = droppedByContainer(blocks, stats, chosen, contentLen, forms);
  const kept: Selection['kept'] = [];
  const captions: string[] = [];
  let skipUntil = -1;
  let flatRelated = false;
  let lastCallToAction = -1;
  const linkedSentences = new Set<number>();
  // A heading stands only if the text after it does: one over a dropped link list goes with it.
  const repeated = repeatedShortLines(blocks, ranges);
  let pending: Selection['kept'] = [];
  const dropped = (): void => {
    pending = [];
  };
  outer: for (const r of ranges) {
    for (let i = r.first; i <= r.last; i++) {
      if (i <= skipUntil) continue;
      if (drop[i]) {
        if (drop[i] !== MEDIA_INSERT) dropped();
        continue;
      }
      const b = blocks[i] as RawBlock;
      if (isFieldLabel(b, stats, fieldBoxes)) {
        dropped();
        continue;
      }
      const ld = b.len === 0 ? 0 : b.linkLen / b.len;
      const headingLike = b.kind === 'heading' || b.kind === 'minor-heading' || b.kind === 'h1' || b.len <= 40;
      if (headingLike && isCommentHeading(b.text)) {
        // A linked "Comments" above the article jumps to them; the comments start only after some text.
        if (ld >= 0.5 && keptLength(kept) < ARTICLE_BEFORE_COMMENTS) continue;
        if (!headsArticleSection(blocks, i, kept[kept.length - 1]?.index)) break outer;
      }
      // The comment section's rules: readers' comments follow (above the article, a sidebar's note).
      if (isCommentRules(b.text)) {
        if (keptLength(kept) >= ARTICLE_BEFORE_COMMENTS) break outer;
        continue;
      }
      if (headingLike && isRelatedHeading(b.text)) {
        const box = boxOpenedBy(i, blocks, stats, chosen);
        if (box) skipUntil = box.last;
        else flatRelated = true;
        dropped();
        continue;
      }
      if (flatRelated) {
        if (b.len >= 100 && ld < 0.3 && b.kind !== 'heading') flatRelated = false;
        else continue;
      }
      if (b.kind === 'h1') {
        // A heading or label over the headline is a kicker or a section name ("MUDA DAN MENGINSPIRASI", "DUNIA").
        dropped();
        while (kept.length > 0 && isLabelLine(kept[kept.length - 1]?.block.text ?? '')) kept.pop();
        continue;
      }
      if (b.len <= 200 && CALL_TO_ACTION_PATTERN.test(b.text) && b.kind !== 'quote') {
        lastCallToAction = i;
        // A paywall or sign-up box: the call to action and the short list under it go together.
        const box = boxOpenedBy(i, blocks, stats, chosen);
        if (box && box.last - box.first <= 12 && blocks.slice(box.first, box.last + 1).every((x) => x.len < 200)) {
          skipUntil = box.last;
        }
        dropped();
        continue;
      }
      const teaser = b.kind !== 'heading' && (MEDIA_TEASER_PATTERN.test(b.text) || endsInTeaserLink(b));
      if (b.len <= 300 && (teaser || NOTICE_PATTERN.test(b.text))) {
        // A site's note or a video teaser takes the heading over it along; a desk code closing its line stays.
        dropped();
        const desk = teaser ? deskCodeAtEnd(b.text) : null;
        if (desk && desk !== b.text.trim()) kept.push({ index: i, block: { text: desk, kind: 'body' } });
        continue;
      }
      // A furniture line (an ad label, a date) between a heading and its text leaves the heading standing.
      if ((repeated.has(b.text) && b.kind === 'body' && !b.caption) || isFurniture(b, ld)) continue;
      if (isDisclaimerBlock(b.owner, b.len)) continue;
      const captionLike = (b.caption && b.len < 600) || (b.len < 300 && isCaptionText(b.text)) || inPictureBox(b, stats);
      if ((b.len < 600 && IMAGE_LABEL_PATTERN.test(b.text)) || captionLike) {
        const c = captionOf(b.text);
        if (c) captions.push(c);
        continue;
      }
      const shortLinked = b.len < 100 && ld > 0.3 && isShortLinkedSentence(b, ld);
      if ((ld > 0.5 && !isLinkedProse(b, ld)) || (b.len < 100 && ld > 0.3 && !shortLinked)) {
        dropped();
        continue;
      }
      if (shortLinked) linkedSentences.add(i);
      if (b.kind === 'heading') {
        // The title of an embedded video or gallery, not a heading of the text.
        if (classedWithin(b, MEDIA_CLASS, 3)) continue;
        if (titlesPrunedLinkList(b, stats, i)) continue;
        pending.push({ index: i, block: { text: b.text, kind: 'heading' } });
        continue;
      }
      const kind = b.kind === 'quote' ? 'quote' : b.kind === 'list' ? 'list' : 'body';
      if (pending.length > 0) {
        kept.push(...pending);
        pending = [];
      }
      kept.push({ index: i, block: { text: b.text, kind } });
    }
  }
  // A short linked sentence after the story's last paragraph points elsewhere ("Read more about …", "… in our store!").
  while (kept.length > 0 && linkedSentences.has(kept[kept.length - 1]?.index ?? -1)) kept.pop();
  const article = withoutComments(kept);
  // A call to action dropped beside the last paragraph (before or after it) makes the end an appeal.
  trimTail(article, article.length > 1 && lastCallToAction > (article[article.length - 2]?.index ?? Infinity));
  return { kept: withoutOpeningByline(withoutPullQuotes(article)), captions };
}

function keptLength(kept: Selection['kept']): number {
  return kept.reduce((n, k) => n + k.block.text.length, 0);
}

/** A teaser of another article: a sentence, then a link such as "Full Story" or "More" on its own. */
function endsInTeaserLink(b: RawBlock): boolean {
  const m = b.linkLen > 0 && b.len <= 300 ? TEASER_LINK_PATTERN.exec(b.text) : null;
  if (!m || b.linkLen < m[0].trim().length) return false;
  return /[.!?"”’)]\s*$/u.test(b.text.slice(0, m.index));
}

/** Text before a comment's signature that makes it the article's end rather than the post's own byline. */
const ARTICLE_BEFORE_COMMENTS = 300;

/**
 * Reader comments signed "Posted by: … on <time>": from the first signature that has an article's worth of text
 * before it and another signature after it, the rest is comments.
 */
function withoutComments(kept: Selection['kept']): Selection['kept'] {
  const isSignature = (text: string): boolean => text.length <= 150 && COMMENT_SIGNATURE_PATTERN.test(text);
  const signed = kept.flatMap((k, i) => (isSignature(k.block.text) ? [i] : []));
  let before = 0;
  let at = 0;
  for (const i of signed.slice(0, -1)) {
    for (; at < i; at++) before += kept[at]?.block.text.length ?? 0;
    if (before >= ARTICLE_BEFORE_COMMENTS) return kept.slice(0, i);
  }
  return kept;
}

/** A pull quote's credit line under it: "— Mark Woodward, chief executive of Invoca". */
const QUOTE_CREDIT = /^[—–-]\s*\p{Lu}[^.!?]{2,100}$/u;

/**
 * Pull quotes repeat the start of a paragraph of the article (a block quote or a "…" teaser): keep the paragraph
 * only, and drop the credit line under the quote. A heading that repeats a paragraph stays: benchmarks keep
 * quote headings over a paragraph ("“This ad was the least relatable …”" over the answer that says it).
 */
function withoutPullQuotes(kept: Selection['kept']): Selection['kept'] {
  if (kept.length > 400) return kept;
  // Words only: a quote and its paragraph may differ in quote marks and dashes ("--" against "—").
  const bare = kept.map((k) => k.block.text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  const repeats = (i: number): boolean => {
    const { text, kind } = (kept[i] as Selection['kept'][number]).block;
    const own = bare[i] ?? '';
    if (kind !== 'quote' && !/(?:…|\.\.\.)["”»]?$/u.test(text)) return false;
    const key = own.slice(0, 60);
    return key.length >= 25 && bare.some((other, j) => j !== i && other.length > key.length && other.includes(key));
  };
  let afterQuote = false;
  return kept.filter((k, i) => {
    const credit = afterQuote && k.block.text.length <= 120 && QUOTE_CREDIT.test(k.block.text);
    afterQuote = !credit && repeats(i);
    return !afterQuote && !credit;
  });
}

const SENTENCE_END = /[.!?…。]["”’»)\]]?$/u;

/** The content's last short lines without a sentence end are credits, contacts, "updated" stamps; also closing bylines and calls to action. */
function trimTail(kept: Selection['kept'], appealAfter: boolean): void {
  // Inside an appeal already cut from the end (a donation box), its longer paragraphs go too.
  let appeal = appealAfter;
  for (let last = kept[kept.length - 1]; last; last = kept[kept.length - 1]) {
    const { text, kind } = last.block;
    const byline = text.length <= 60 && CLOSING_BYLINE_PATTERN.test(text);
    const callToAction = text.length <= (appeal ? APPEAL_MAX : 250) && CALL_TO_ACTION_PATTERN.test(text);
    const bio = text.length <= 400 && kind === 'body' && AUTHOR_BIO_PATTERN.test(text);
    const furniture = byline || callToAction || bio || isInfoBoxBlurb(kept);
    const signed = deskCodeAtEnd(text) === text.trim();
    if (!furniture && (text.length >= TAIL_SHORT || kind === 'list' || SENTENCE_END.test(text) || signed)) break;
    appeal ||= callToAction;
    kept.pop();
  }
}

/** A box's "Label: value" row: "Launch Date: April 1, 1976", "IPO: NASDAQ:AAPL". */
const INFO_BOX_FIELD = /^\p{Lu}[\p{L}\p{N} ]{0,30}:\s+\S/u;
/** A blurb cut off inside a word's sentence ("… the iPod, the..."): a teaser's truncation, not an author's. */
const CUT_BLURB = /[\p{L}\p{N},]\s?(?:\.\.\.|…)$/u;

/**
 * The last block is a truncated blurb right under a short "Label: value" row: a company or profile box after the
 * article (its fields, then a cut description and "Learn more"). The blurb goes; the rows are then short tail lines.
 */
function isInfoBoxBlurb(kept: Selection['kept']): boolean {
  const blurb = kept[kept.length - 1]?.block;
  const field = kept[kept.length - 2]?.block;
  if (!blurb || !field || blurb.kind !== 'body' || blurb.text.length > 1000) return false;
  return field.text.length <= 80 && INFO_BOX_FIELD.test(field.text) && CUT_BLURB.test(blurb.text.trim());
}

/** A paragraph of an appeal at the end of the page is at most this long. */
const APPEAL_MAX = 500;

export interface Listiness {
  teasers: number;
  orphans: number;
  longestOrphan: number;
  /** Characters of all orphans together. */
  orphanLen: number;
  /** Index of the first orphan's block, -1 without one. */
  firstOrphan: number;
}

/** Counts linked headlines (any linked line, or only h2-h6 ones) and the paragraphs that do not belong to one. */
export function listiness(blocks: readonly RawBlock[], ranges: readonly Range[], headlinesOnly = false): Listiness {
  let teasers = 0;
  let orphans = 0;
  let longestOrphan = 0;
  let orphanLen = 0;
  let firstOrphan = -1;
  let sinceTeaser = Infinity;
  for (const range of ranges) {
    for (let i = range.first; i <= range.last; i++) {
      const b = blocks[i] as RawBlock;
      const ld = b.len === 0 ? 0 : b.linkLen / b.len;
      if (ld >= 0.7 && b.len >= 25 && b.kind !== 'h1' && (!headlinesOnly || b.kind === 'heading' || b.kind === 'minor-heading')) {
        teasers++;
        sinceTeaser = 0;
        continue;
      }
      sinceTeaser++;
      if (ld < 0.3 && b.len >= 80 && !b.caption && (sinceTeaser > 2 || b.len > 400)) {
        orphans++;
        orphanLen += b.len;
        if (firstOrphan < 0) firstOrphan = i;
        if (b.len > longestOrphan) longestOrphan = b.len;
      }
    }
  }
  return { teasers, orphans, longestOrphan, orphanLen, firstOrphan };
}
