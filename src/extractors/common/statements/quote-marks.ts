import type { Paragraph } from '../../../core/index.js';

/** A quoted stretch of Article.text; `start`/`end` is the content without the marks, trimmed. */
export interface QuoteSpan {
  /** Offset of the opening mark, or null when the page omitted it. */
  open: number | null;
  /** Offset of the closing mark, or null when the page omitted it. */
  close: number | null;
  start: number;
  end: number;
  /** Opening marks of continued paragraphs inside the span. */
  continuations: number[];
  paragraph: number;
  lastParagraph: number;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{—–\-:/]/u;

type Mark = { pos: number; role: 'open' | 'close' | 'toggle' };

/** Optional readings of the marks, per language. */
export interface QuoteMarkOptions {
  /** A straight mark glued to a , . ! ? or … before it and followed by a space closes. */
  straightCloseAfterPunctuation?: boolean;
}

const CLOSING_PUNCTUATION = /[,.!?…]/u;
const SPACE_AFTER = /^\s/u;

function doubleMarks(text: string, from: number, to: number, options: QuoteMarkOptions = {}): Mark[] {
  const out: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (DOUBLE_OPEN.has(c)) out.push({ pos: i, role: 'open' });
    else if (DOUBLE_CLOSE.has(c)) {
      // Some pages use ” for both marks: one standing before a word after a space opens.
      const prev = i > from ? text[i - 1]! : ' ';
      const next = text[i + 1] ?? ' ';
      out.push({ pos: i, role: OPEN_CONTEXT.test(prev) && LETTER.test(next) ? 'toggle' : 'close' });
    } else if (c === '"') {
      // '…kết thúc nó", Fossett nói': a straight mark after a word and before a comma or dash closes.
      const prev = i > from ? text[i - 1]! : ' ';
      const after = text.slice(i + 1, i + 4);
      // '… với 3 điểm".' ending its paragraph closes a quote, also one begun a paragraph earlier and not reopened.
      const closing =
        (!OPEN_CONTEXT.test(prev) && /^\s*[,—–-]/u.test(after)) ||
        (LETTER.test(prev) && /^[.!?…]?\s*$/u.test(text.slice(i + 1, to))) ||
        (options.straightCloseAfterPunctuation === true && CLOSING_PUNCTUATION.test(prev) && SPACE_AFTER.test(after));
      out.push({ pos: i, role: closing ? 'close' : 'toggle' });
    }
  }
  return out;
}

/** Single quotes only where they cannot be apostrophes: not between two letters. */
function singleMarks(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = text[i + 1] ?? ' ';
    const letterBefore = LETTER.test(prev);
    const letterAfter = LETTER.test(next);
    if (letterBefore && letterAfter) continue;
    if (!letterBefore && letterAfter && c !== '’') out.push({ pos: i, role: 'open' });
    else if (letterBefore || /[.,!?…]/u.test(prev)) {
      if (!letterAfter && c !== '‘') out.push({ pos: i, role: 'close' });
    }
  }
  return out;
}

/** How many ” follow mark `mi` before the next opening mark. */
function closesAhead(text: string, marks: readonly Mark[], mi: number): number {
  let n = 0;
  for (const m of marks.slice(mi + 1)) {
    if (m.role === 'open') break;
    if (text[m.pos] === '”') n++;
  }
  return n;
}

function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function firstNonSpace(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && /\s/u.test(text[i]!)) i++;
  return i;
}

/**
 * Every quoted stretch of the article. Double marks may run over several paragraphs (each continued
 * paragraph reopens the quote, as news style has it), may lack their opening mark (the quote then
 * starts at its paragraph's start) or their closing mark (it ends at its paragraph's end). Single
 * marks pair inside one paragraph only.
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[], options: QuoteMarkOptions = {}): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { pos: number; paragraph: number; continuations: number[]; current: number } | null = null;
  const push = (o: number | null, c: number | null, from: number, to: number, p0: number, p1: number, cont: number[]): void => {
    const s = trimmedSpan(text, from, to);
    if (s.end > s.start) out.push({ open: o, close: c, start: s.start, end: s.end, continuations: cont, paragraph: p0, lastParagraph: p1 });
  };
  paragraphs.forEach((p, pi) => {
    const marks = doubleMarks(text, p.start, p.end, options);
    let nested = false;
    let innerCurly = false;
    for (const [mi, m] of marks.entries()) {
      // “… mua kiểu “hên xui” nên …”: a curly mark opening inside an open curly quote, with two closing marks ahead
      // before any other opening one, quotes a term within it.
      if (open && open.current === pi && text[m.pos] === '“' && text[open.pos] === '“' && closesAhead(text, marks, mi) >= 2) {
        innerCurly = true;
        continue;
      }
      if (innerCurly && text[m.pos] === '”') {
        innerCurly = false;
        continue;
      }
      // “… tập trung "cày" chứng chỉ …”: straight marks inside a curly quote quote a term within it, in pairs;
      // a lone straight mark before a comma closes the curly one ('“…," kata Ani').
      const opensTerm = OPEN_CONTEXT.test(text[m.pos - 1] ?? ' ') && LETTER.test(text[m.pos + 1] ?? ' ');
      if (open && text[m.pos] === '"' && DOUBLE_OPEN.has(text[open.pos]!) && (nested || opensTerm)) {
        nested = !nested;
        continue;
      }
      nested = false;
      if (open && open.paragraph !== pi && mi === 0 && m.role !== 'close' && m.pos === firstNonSpace(text, p)) {
        open.continuations.push(m.pos);
        open.current = pi;
        continue;
      }
      const closes = m.role === 'close' || (m.role === 'toggle' && open !== null && open.current === pi);
      if (closes) {
        if (open) push(open.pos, m.pos, open.pos + 1, m.pos, open.paragraph, pi, open.continuations);
        else if (!LETTER.test(text[m.pos + 1] ?? ' ')) push(null, m.pos, firstNonSpace(text, p), m.pos, pi, pi, []);
        open = null;
      } else {
        if (open) {
          const prev = paragraphs[open.paragraph]!;
          push(open.pos, null, open.pos + 1, open.paragraph === pi ? m.pos : prev.end, open.paragraph, open.paragraph, open.continuations);
        }
        open = { pos: m.pos, paragraph: pi, continuations: [], current: pi };
      }
    }
    if (open) {
      const next = paragraphs[pi + 1];
      const nextStart = next ? text[firstNonSpace(text, next)] ?? '' : '';
      const continues = next !== undefined && (DOUBLE_OPEN.has(nextStart) || nextStart === '"');
      if (!continues) {
        push(open.pos, null, open.pos + 1, p.end, open.paragraph, pi, open.continuations);
        open = null;
      }
    }
    const singles = singleMarks(text, p.start, p.end);
    let sOpen: number | null = null;
    for (const m of singles) {
      if (m.role === 'open') sOpen = m.pos;
      else if (sOpen !== null) {
        push(sOpen, m.pos, sOpen + 1, m.pos, pi, pi, []);
        sOpen = null;
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
