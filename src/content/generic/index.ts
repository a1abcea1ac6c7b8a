import * as cheerio from 'cheerio/slim';
import type { Document, Element } from 'domhandler';
import type { CheerioAPI, MainContent } from '../types.js';
import { chooseContent, computeStats, contains, linkDensity, type NodeStats, type StatsMap } from './choose-content.js';
import { classAndId, AUTHOR_BOX_CLASS } from './class-patterns.js';
import { collectBlocks, type RawBlock } from './collect-blocks.js';
import { deckUnderHeadline } from './deck.js';
import { isFurnitureLead } from './lead-furniture.js';
import { isTitleSegment, namesTheSite } from '../metadata/title.js';
import { type PageHead, readHead } from './page-head.js';
import { listiness, selectBlocks, type Selection } from './select-blocks.js';

interface Attempt {
  blocks: RawBlock[];
  stats: StatsMap;
  chosen: Element[];
  selection: Selection;
  textLen: number;
}

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Below this much kept text the pruned walk probably cut the article: try again without pruning. */
const RETRY_BELOW = 250;
/** Standalone paragraphs that long together make a page an article, however many linked headlines surround them. */
const ARTICLE_ORPHANS = 1500;
/** A retry that prunes readability's names only is taken when it finds an article's worth of text. */
const CORE_ENOUGH = 1000;
/**
 * Below this much kept text the article may sit in a wrapper named after its share tools ("share_wrapper"): the
 * retry with readability's own names is taken only when it finds an article's worth, twice the first try's.
 */
const SHORT_KEPT = 600;

/** Below this much kept text, narrative captions may be the article itself (a photo story). */
const CAPTION_STORY_BELOW = 500;
const NARRATIVE_CAPTION = /[.!?…]["”’»)]?$/u;

/**
 * A photo story tells its news under the photos: three or more captions of whole sentences, together well
 * over the text kept without them. Captions that are mostly photo credits do not count (they stay captions).
 */
function isCaptionStory(blocks: readonly RawBlock[], keptLen: number): boolean {
  const narrative = blocks.filter((b) => b.caption && b.len >= 60 && b.linkLen === 0 && NARRATIVE_CAPTION.test(b.text));
  const total = narrative.reduce((n, b) => n + b.len, 0);
  return narrative.length >= 3 && total >= keptLen * 2 + 300;
}

function attempt($: CheerioAPI, prune: boolean | 'core', captionsAsText = false): Attempt & { leadCandidates: Element[] } {
  const collected = collectBlocks($.root()[0] as unknown as Element, { prune });
  const { leadCandidates } = collected;
  const blocks = captionsAsText ? collected.blocks.map((b) => (b.caption ? { ...b, caption: false } : b)) : collected.blocks;
  const stats = computeStats(blocks);
  const chosen = chooseContent(stats, blocks);
  const selection = selectBlocks(blocks, stats, chosen, collected.forms, collected.fieldBoxes);
  const textLen = selection.kept.reduce((n, k) => n + k.block.text.length, 0);
  return { blocks, stats, chosen, selection, textLen, leadCandidates };
}

/**
 * Generic main-text extraction for sites with no profile: readability-style scoring of text blocks over
 * one walk of the DOM, then block filters with the vi/id/en boilerplate vocabulary. Does not mutate `$`.
 */
export function extractGeneric(page: CheerioAPI, _url: string): MainContent {
  // Text with no element around it (plain text, a fragment) gets one, so it has somewhere to belong.
  const hasElement = page.root()[0]?.children.some((c) => c.type === 'tag') ?? false;
  const $ = hasElement ? page : cheerio.load(`<body>${page.html()}</body>`, PARSE_OPTIONS);
  const head = readHead($.root()[0] as Document);
  let a = attempt($, true);
  if (a.textLen < RETRY_BELOW) {
    // First without the wider unlikely names only (a wrapper named after its share buttons), then without any.
    const core = attempt($, 'core');
    const lenient = core.textLen >= CORE_ENOUGH ? core : attempt($, false);
    if (lenient.textLen > a.textLen * 1.5 + 50) a = lenient;
  } else if (a.textLen < SHORT_KEPT) {
    const core = attempt($, 'core');
    if (core.textLen >= CORE_ENOUGH && core.textLen > a.textLen * 2) a = core;
  }
  if (a.textLen < RETRY_BELOW) {
    const templated = templatedArticle($);
    if (templated && templated.textLen > a.textLen * 1.5 + 50) a = templated;
  }
  if (a.textLen < CAPTION_STORY_BELOW && isCaptionStory(a.blocks, a.textLen)) {
    const story = attempt($, true, true);
    if (story.textLen > a.textLen * 2 + 200) a = story;
  }
  const { blocks, stats, chosen, selection } = a;
  const empty = (reason: string, captions: string[]): MainContent => ({ title: null, lead: '', blocks: [], captions, method: 'generic', reason });
  const first = chosen[0];
  if (!first || selection.kept.length === 0) return empty('no main text found', selection.captions);

  const reason = indexPageReason(head, blocks, stats, chosen);
  if (reason) return empty(reason, []);

  const contentFirst = stats.get(first)?.first ?? 0;
  const title = findTitle($, head, blocks, contentFirst, chosen);
  let lead = findLead(a.leadCandidates, blocks, stats, chosen, contentFirst, title) ?? deckUnderHeadline(blocks, contentFirst, title);
  let kept = selection.kept;
  if (lead) {
    const { first: lf, last: ll } = lead;
    kept = kept.filter((k) => k.index < lf || k.index > ll);
  }
  if (kept.length === 0) {
    kept = selection.kept;
    lead = null;
  }
  return {
    title,
    lead: lead?.text ?? '',
    blocks: kept.map((k) => k.block),
    captions: selection.captions,
    method: 'generic',
  };
}

/** Blogger-style pages keep the post's HTML in <script type="text/template"> until a script renders it. */
function templatedArticle($: CheerioAPI): ReturnType<typeof attempt> | null {
  const html = $('script[type="text/template"]')
    .toArray()
    .map((el) => $(el).text())
    .filter((t) => /<p[\s>]/i.test(t))
    .join('\n');
  return html.length > 200 ? attempt(cheerio.load(`<body><div>${html}</div></body>`, PARSE_OPTIONS), true) : null;
}

/** Why the page is a listing of teasers rather than an article, or null. Errs towards "article". */
function indexPageReason(
  head: PageHead,
  blocks: readonly RawBlock[],
  stats: StatsMap,
  chosen: readonly Element[],
): string | null {
  const strict = head.articleSignal;
  const ranges = chosen.map((el) => stats.get(el)).filter((s) => s !== undefined);
  const l = listiness(blocks, ranges);
  // An article's worth of standalone paragraphs is an article (a table layout puts it beside its link columns).
  const listy =
    l.teasers >= 5 &&
    l.teasers >= 2 * l.orphans &&
    l.orphanLen < ARTICLE_ORPHANS &&
    (strict ? l.orphans <= 1 && l.longestOrphan < 150 : l.longestOrphan < 500) &&
    !(l.orphans >= 2 && headlineBefore(blocks, l.firstOrphan, head.title));
  if (listy) return `index page: ${l.teasers} linked headlines and ${l.orphans} standalone paragraphs`;
  const contentLen = ranges.reduce((n, r) => n + r.len, 0);
  if (strict || contentLen >= 600) return null;
  let region: NodeStats | undefined;
  for (let up = chosen[0]?.parent, steps = 0; up && up.type === 'tag' && steps < 6; up = up.parent, steps++) {
    region = stats.get(up);
    if (region && region.len >= 3 * contentLen) break;
  }
  if (!region) return null;
  // A small content in a list of similar items, headed by a linked headline: the candidate was one teaser among many.
  const start = ranges[0]?.first ?? 0;
  const headed = [blocks[start - 1], blocks[start]].some((b) => b !== undefined && b.len >= 25 && b.linkLen / b.len >= 0.7);
  if (!headed) return null;
  const p = listiness(blocks, [region], true);
  if (p.teasers >= 5 && p.teasers >= 3 * p.orphans && p.longestOrphan < 400) return `index page: ${p.teasers} linked headlines around a ${contentLen}-character candidate`;
  return null;
}

/** Blocks between a headline and the article's first paragraph (byline, date, share links, a photo); more for an h1. */
const HEADLINE_REACH = 6;
const H1_REACH = 20;

/**
 * An unlinked line matching the page's <title> (not a section part of it) just before the first standalone
 * paragraph: the paragraphs are that article's, however many linked headlines the page holds around it.
 */
function headlineBefore(blocks: readonly RawBlock[], firstOrphan: number, docTitle: string): boolean {
  if (firstOrphan < 0) return false;
  for (let i = Math.max(0, firstOrphan - H1_REACH); i < firstOrphan; i++) {
    const b = blocks[i] as RawBlock;
    if (b.len < 20 || b.len > 300 || b.linkLen > 0 || b.caption) continue;
    if (b.kind !== 'h1' && firstOrphan - i > HEADLINE_REACH) continue;
    // An h1 headline right over the paragraphs holds even when the <title> is a generic one ("Feed Article").
    if (b.kind === 'h1' && firstOrphan - i <= HEADLINE_REACH && wordCount(b.text) >= 5) return true;
    if (docTitle && similar(b.text, docTitle) && !isTitleSegment(b.text, docTitle)) return true;
  }
  return false;
}

/** Words a headline has at least; shorter h1s name a section. */
const MIN_HEADLINE_WORDS = 3;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function tokens(text: string): Set<string> {
  return new Set(text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

function similar(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.includes(y) || y.includes(x)) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.max(1, Math.min(ta.size, tb.size)) >= 0.6;
}

/**
 * An h1 that is the page's title, not a section part of it: a word or two ("Bola", "News") inside a longer
 * title ("Headline - Kompas.com Bola") names the section, unless it is the whole title.
 */
function titleLike(h1: string, docTitle: string, siteName = ''): boolean {
  if (!similar(h1, docTitle) || isTitleSegment(h1, docTitle) || namesTheSite(h1, siteName)) return false;
  const sectionSized = wordCount(h1) < MIN_HEADLINE_WORDS && h1.length < SECTION_NAME_MAX;
  return !sectionSized || wordCount(docTitle) <= wordCount(h1);
}

/** Characters a section name has at most (a CJK headline is one "word" but longer). */
const SECTION_NAME_MAX = 25;

/** The h1 inside or just before the content, when it matches the page's title (or is the page's only h1). */
function findTitle($: CheerioAPI, head: PageHead, blocks: readonly RawBlock[], contentFirst: number, chosen: readonly Element[]): string | null {
  const { title: docTitle, siteName } = head;
  const h1s = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'h1' && b.len >= 4 && b.linkLen < b.len / 2);
  if (h1s.length === 0) {
    // The h1 may sit in a part the walk pruned (a header box): take it when it is the page's title.
    for (const el of $('h1').toArray().slice(0, 5)) {
      const text = $(el).text().replace(/\s+/g, ' ').trim();
      if (text.length >= 4 && docTitle && titleLike(text, docTitle, siteName)) return text;
    }
    return null;
  }
  const inContent = h1s.filter(({ b }) => chosen.some((c) => contains(c, b.owner)));
  const before = h1s.filter(({ i }) => i < contentFirst);
  const pick = inContent[0] ?? before[before.length - 1];
  if (!pick) return null;
  if (docTitle && titleLike(pick.b.text, docTitle, siteName)) return pick.b.text;
  // Without a matching <title>, only a lone h1 right at the content (not a logo at the top of the page), and one
  // that reads as a headline: a word or two ("News", "Sport") names the section.
  const close = inContent[0] === pick || contentFirst - pick.i <= 6;
  const headline = wordCount(pick.b.text) >= MIN_HEADLINE_WORDS;
  return h1s.length === 1 && close && headline && !(docTitle && isTitleSegment(pick.b.text, docTitle)) ? pick.b.text : null;
}

/** The element or one of its three nearest ancestors is an author box: its "description" is a bio, not a standfirst. */
function inAuthorBox(el: Element): boolean {
  let e: Element | null = el;
  for (let up = 0; e && up <= 3; up++) {
    if (AUTHOR_BOX_CLASS.test(classAndId(e))) return true;
    e = e.parent?.type === 'tag' ? e.parent : null;
  }
  return false;
}

/** A standfirst-classed element inside the top of the content or just before it. */
function findLead(
  candidates: readonly Element[],
  blocks: readonly RawBlock[],
  stats: StatsMap,
  chosen: readonly Element[],
  contentFirst: number,
  title: string | null,
): { text: string; first: number; last: number } | null {
  for (const el of candidates) {
    const s = stats.get(el);
    if (!s || s.len < 50 || s.len > 1000 || s.last - s.first > 2 || linkDensity(s) >= 0.3) continue;
    if (chosen.some((c) => c !== el && contains(el, c)) || inAuthorBox(el)) continue;
    if (s.first > contentFirst + 4 || s.last < contentFirst - 8) continue;
    const text = blocks
      .slice(s.first, s.last + 1)
      .filter((b) => b.kind !== 'h1' && !b.caption)
      .map((b) => b.text)
      .join(' ');
    if (!text || text === title || isFurnitureLead(el, text)) continue;
    return { text, first: s.first, last: s.last };
  }
  return null;
}
