import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import type { SiteProfile } from '../sites/profile.js';
import {
  IMAGE_LABEL_PATTERN,
  isCaptionText,
  isCommentHeading,
  isRelatedHeading,
  isShareBar,
  normalizeHeading,
} from './boilerplate-vocabulary.js';
import { parseByline } from './metadata/byline.js';
import { collectBlocks, textOf } from './profile/blocks.js';
import type { Block, CheerioAPI, MainContent } from './types.js';

/** Listing pages have many story links and no body; fewer than this is a page with a related box. */
const MIN_LISTING_LINKS = 5;
/** An agency dateline opening a lead: "(VOVWORLD) -", "Hanoi (VNA) –", "(TTXVN) -". */
const DATELINE = /^(?:[\p{Lu}][\p{L} ]{0,30} )?\((?:VOVWORLD|VOV|VOV5|VNA|TTXVN|Vietnam\+)\)\s*[-–—]/u;
/** A caption-looking line longer than this is a paragraph that happens to end with a photo credit. */
const MAX_CAPTION_LENGTH = 250;

/**
 * Main text through a site profile's selectors; null when they find nothing (the caller falls back).
 * Modifies the document (removes boilerplate), so the caller gives it a parse of its own.
 */
export function extractWithProfile($: CheerioAPI, profile: SiteProfile): MainContent | null {
  const method = `profile:${profile.name}`;
  const sel = profile.selectors;
  if (isListingUrl($, profile)) return listing(method);
  const body = first($, sel.body);
  if (!body) {
    const links = sel.listingLinks.length > 0 ? $(sel.listingLinks.join(',')).length : 0;
    return links >= MIN_LISTING_LINKS ? listing(method) : null;
  }
  const title = firstText($, sel.title);
  const leadEl = first($, sel.lead);
  const lead = leadEl ? textOf(leadEl) : '';

  const captions: string[] = [];
  if (sel.captions.length > 0) {
    body.find(sel.captions.join(',')).each((_, el) => {
      const t = textOf($(el));
      if (t) captions.push(t);
      $(el).remove();
    });
  }
  if (sel.remove.length > 0) body.find(sel.remove.join(',')).remove();
  if (leadEl && body.find(leadEl).length > 0) leadEl.remove();

  const stops = new Set(profile.boilerplateHeadings.map(normalizeHeading));
  const kept: Block[] = [];
  let inRelatedList = false;
  for (const { linkRatio, ...block } of collectBlocks($, body)) {
    const t = block.text;
    if (t.length < 60 && isCommentHeading(t)) break;
    if (t.length < 60 && (stops.has(normalizeHeading(t)) || isRelatedHeading(t))) {
      inRelatedList = true;
      continue;
    }
    // A related-news box inside the body is a heading and a run of links or short lines (dates); the article
    // goes on after it, so only that run is dropped.
    if (inRelatedList) {
      if (linkRatio > 0.5 || t.length < 80) continue;
      inRelatedList = false;
    }
    if (isShareBar(t) || /^[./\s]*$/u.test(t)) continue;
    const label = imageLabel(t, title);
    if (label !== null) {
      if (label) captions.push(label);
      continue;
    }
    if (t.length <= MAX_CAPTION_LENGTH && isCaptionText(t)) {
      captions.push(t);
      continue;
    }
    if (kept.length === 0 && (t === lead || t === title)) continue;
    kept.push(block);
  }
  while (kept.length > 0 && parseByline(kept[kept.length - 1]?.text ?? '') !== null) kept.pop();
  // The lead keeps its "(VOVWORLD) -" dateline, as the page shows it; when the template has no sapo the
  // body paragraph that opens with one is the lead.
  const opening = kept[0];
  if (!lead && opening?.kind === 'body' && DATELINE.test(opening.text)) {
    kept.shift();
    return kept.length === 0 ? null : { title, lead: opening.text, blocks: kept, captions: [...new Set(captions)], method };
  }
  if (kept.length === 0) return null;
  return { title, lead, blocks: kept, captions: [...new Set(captions)], method };
}

/** The label as copied text shows it, glued to the caption that follows ("… - ảnh 1Deputi Menlu …"). */
const GLUED_IMAGE_LABEL = /^(.{0,400}?[-–]\s*ảnh\s*\d{1,3})\s*/u;

/** "<title> - ảnh 1<caption>" → the caption ('' when none); null when the line is not such a label. */
function imageLabel(text: string, title: string | null): string | null {
  const m = IMAGE_LABEL_PATTERN.exec(text) ?? GLUED_IMAGE_LABEL.exec(text);
  if (!m?.[1]) return null;
  const rest = text.slice(m[0].length).trim();
  const labelled = title !== null && m[1].startsWith(title.slice(0, 40));
  return labelled || rest === '' || (rest.length <= MAX_CAPTION_LENGTH && isCaptionText(rest)) ? rest : null;
}

function isListingUrl($: CheerioAPI, profile: SiteProfile): boolean {
  const url = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  if (!url) return false;
  const matches = (patterns: readonly string[]) => patterns.some((p) => new RegExp(p, 'u').test(url));
  return matches(profile.listingUrlPatterns) && !matches(profile.articleUrlPatterns);
}

function listing(method: string): MainContent {
  return { title: null, lead: '', blocks: [], captions: [], reason: 'listing page, not an article', method };
}

function first($: CheerioAPI, selectors: readonly string[]): Cheerio<Element> | undefined {
  for (const s of selectors) {
    const found = $(s)
      .filter((_, el) => textOf($(el)).length > 0 || $(el).find('img').length > 0)
      .first() as Cheerio<Element>;
    if (found.length > 0) return found;
  }
  return undefined;
}

function firstText($: CheerioAPI, selectors: readonly string[]): string | null {
  const el = first($, selectors);
  return el ? textOf(el) || null : null;
}
