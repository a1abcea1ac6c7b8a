import type { FactDraft, Speaker } from '../../../core/index.js';
import { extractorRef, type ExtractDoc, type Extractor, type Sentence } from '../extractor.js';
import { People } from './coref.js';
import { compileGrammar, type Grammar } from './grammar.js';
import { scanQuotes, type QuoteSpan } from './quote-marks.js';
import { SpeakerParser } from './speakers.js';
import type { Candidate, SpeakerPhrase, StatementRules } from './types.js';

/*
 * Statements, in the shape of chrono's parsers and refiners:
 * - parsers: speaker phrases over the whole article (one regex, `Phrases`); direct quotes from quote marks
 *   (`scanQuotes`) attributed before the opening mark, in the paragraph before ("… mengatakan:"), or after
 *   the closing mark; indirect speech per sentence ("Theo X, …", "…, X said.", "X cho biết …");
 * - refiners: a direct quote wins over an indirect clause it overlaps; speakers resolve through `People`
 *   (coreference); a floating quote takes the previous paragraph's speaker.
 * Choices: the span of a direct quote is its content without the marks (a continued paragraph's reopening
 * mark stays in `text`, as the span must equal Article.text, and is dropped from `quote`); the span of
 * indirect speech is the reported clause. `sentence` is the sentence where the span starts, so a quote over
 * several sentences or paragraphs carries its first sentence. Facts are emitted only where that sentence
 * is in the extractor's language; headlines never give statements.
 */

const OPEN_MARK = /^["“«„‘']/u;
const QUOTE_CHARS = /["“”«»„]/gu;
const CLAUSE_TRIM_END = /[\s.!?…;:,/]+$/u;
/** Quotes shorter than this are names or scare quotes ("ngoại giao vaccine") unless clearly said. */
const MIN_QUOTE_WORDS = 4;
const MIN_CLAUSE_WORDS = 3;
const WINDOW = 200;
/** How far after a pronoun speaker its attribution may name the person addressed ("he told Cook"). */
const ADDRESSEE_WINDOW = 30;
/** "HANOI — ", "(VOVWORLD) - ": a dateline is not part of what was said. */
const DATELINE = /^\(?\p{Lu}[\p{Lu}\s.,/]*\)?\s*[—–-]+\s*/u;

function words(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/u.test(text[from]!)) from++;
  return from;
}

function lastNonSpace(text: string, from: number, to: number): number {
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to;
}

/** Index of the last item starting at or before `pos`, or -1. */
function indexAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  if (hi < 0 || items[0]!.start > pos) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function verbOf(m: RegExpExecArray | null): string | null {
  const v = m?.groups?.verb;
  return v ? v.replace(/\s+/gu, ' ').toLowerCase() : null;
}

/** "katanya", "…," he said with no name: a pronoun at `pos`. */
function pronounAt(pos: number): SpeakerPhrase {
  return { start: pos, end: pos, text: '', title: null, org: null, name: null, pronoun: true, form: 'pronoun' };
}

/** Every speaker phrase of the article, found once, in text order (none in the headline). */
class Phrases {
  readonly all: SpeakerPhrase[];
  private readonly byStart = new Map<number, SpeakerPhrase>();

  constructor(parser: SpeakerParser, doc: ExtractDoc) {
    const headline = doc.paragraphs.filter((p) => p.kind === 'title');
    this.all = parser.phrases(doc.text, (pos) => headline.some((p) => pos >= p.start && pos < p.end));
    for (const p of this.all) this.byStart.set(p.start, p);
  }

  at(pos: number): SpeakerPhrase | undefined {
    return this.byStart.get(pos);
  }

  /** Phrases starting in [from, to). */
  within(from: number, to: number): SpeakerPhrase[] {
    const out: SpeakerPhrase[] = [];
    for (let i = Math.max(0, indexAt(this.all, from)); i < this.all.length; i++) {
      const p = this.all[i]!;
      if (p.start >= to) break;
      if (p.start >= from) out.push(p);
    }
    return out;
  }
}

type Found = { speaker: SpeakerPhrase; verb: string | null };

/** Whether a match at `at` ends at `pos`, give or take the spaces it swallowed. */
function reaches(at: number, match: string, pos: number): boolean {
  return at + match.trimEnd().length <= pos && pos <= at + match.length;
}

/** "X nói:" / "X mengatakan bahwa" ending exactly at `pos`; `colon` asks for the colon. */
function introEndingAt(g: Grammar, text: string, phrases: Phrases, from: number, pos: number, colon: boolean): Found | null {
  const window = text.slice(Math.max(from, pos - 80), pos);
  if (!g.hint.test(window) && !/[,:]\s*$/u.test(window)) return null;
  for (const p of phrases.within(Math.max(from, pos - WINDOW), pos).reverse()) {
    const m = sticky(g.verbTail, text, p.end);
    if (m && reaches(p.end, m[0], pos) && (!colon || m.groups?.sep === ':')) return { speaker: p, verb: verbOf(m) };
    const c = sticky(g.comma, text, p.end);
    if (!colon && c && reaches(p.end, c[0], pos) && g.accBefore.test(text.slice(Math.max(from, p.start - 30), p.start))) {
      return { speaker: p, verb: 'according to' };
    }
  }
  return null;
}

/** The attribution right after a closing mark: "…," ông Vũ nói / "…," kata beliau / "…," katanya. */
function attributionAfter(g: Grammar, text: string, phrases: Phrases, pos: number, limit: number): Found | null {
  if (!g.hint.test(text.slice(pos, Math.min(limit, pos + 150)))) return null;
  const at = pos + (sticky(g.afterSkip, text, pos)?.[0].length ?? 0);
  const p = phrases.at(at);
  if (p) {
    const v = sticky(g.verbOnly, text, p.end);
    if (v) return { speaker: p, verb: verbOf(v) };
  }
  const pv = sticky(g.postVerbAt, text, at);
  const q = pv && phrases.at(at + pv[0].length);
  if (pv && q) return { speaker: q, verb: verbOf(pv) };
  const pp = sticky(g.pronounVerbAt, text, at);
  if (pp) return { speaker: pronounAt(at), verb: verbOf(pp) };
  const acc = sticky(g.accAt, text, at);
  const r = acc && phrases.at(at + acc[0].length);
  if (r) return { speaker: r, verb: 'according to' };
  return null;
}

function candidate(start: number, end: number, direct: boolean, found: Found | null, strip: number[] = []): Candidate {
  return {
    start,
    end,
    direct,
    verb: found?.verb ?? null,
    speaker: found?.speaker ?? null,
    strip,
    floating: found === null,
  };
}

/**
 * Direct quotes: marked stretches attributed by the words before the opening mark ("X nói:"), the
 * paragraph before ("X mengatakan:" closing it), or the words after the closing mark ("…," he said).
 * A quote with none of these counts only if it fills the start of a paragraph right after a statement.
 */
function directCandidates(g: Grammar, doc: ExtractDoc, phrases: Phrases): Candidate[] {
  const { text, paragraphs } = doc;
  const out: Candidate[] = [];
  let outerEnd = -1;
  let last: { paragraph: number; closeEnd: number } | null = null;
  const covered = new Set<number>();
  for (const q of scanQuotes(text, paragraphs)) {
    if (q.end <= outerEnd) continue;
    const para = paragraphs[q.paragraph]!;
    if (para.kind === 'title') continue;
    const openPos = q.open ?? q.start;
    if (g.nameIntro.test(text.slice(Math.max(para.start, openPos - 40), openPos))) continue;
    const atParaStart = openPos === firstNonSpace(text, para.start, para.end);
    let found = introEndingAt(g, text, phrases, para.start, openPos, false);
    const prev = paragraphs[q.paragraph - 1];
    if (!found && atParaStart && prev && text.slice(prev.start, prev.end).trimEnd().endsWith(':')) {
      found = introEndingAt(g, text, phrases, prev.start, lastNonSpace(text, prev.start, prev.end), true);
    }
    const closeEnd = q.close !== null ? q.close + 1 : q.end;
    found ??= attributionAfter(g, text, phrases, closeEnd, paragraphs[q.lastParagraph]!.end);
    // '"…," Smith said. "…"': a quote right after an attributed one in its paragraph goes on in the same voice.
    const goesOn: boolean =
      !found && last !== null && last.paragraph === q.paragraph && continues(g, text.slice(last.closeEnd, openPos));
    if (!acceptQuote(text, q, found !== null || goesOn, atParaStart)) continue;
    out.push(candidate(q.start, q.end, true, found, q.continuations));
    last = found || goesOn ? { paragraph: q.lastParagraph, closeEnd } : null;
    outerEnd = q.end;
    for (let p = q.paragraph; p <= q.lastParagraph; p++) covered.add(p);
  }
  out.push(...colonParagraphs(g, doc, phrases, covered));
  return out;
}

/** What stands between two quotes of one speaker: a short attribution ending its sentence (", Smith said."). */
function continues(g: Grammar, gap: string): boolean {
  return gap.length <= 80 && g.hint.test(gap) && /[.!?…]\s*$/u.test(gap);
}

function acceptQuote(text: string, q: QuoteSpan, attributed: boolean, atParaStart: boolean): boolean {
  const n = words(text.slice(q.start, q.end));
  if (!attributed) return atParaStart && n >= MIN_QUOTE_WORDS + 2;
  const punctuated = q.close !== null && /[.!?…,]/u.test(text[q.close - 1] ?? '');
  // 'khẳng định "đề án …" đang lan truyền': a quoted term the clause goes on after is not the statement.
  if (q.close !== null && !punctuated && /^\s*\p{Ll}/u.test(text.slice(q.close + 1, q.close + 4))) return false;
  return n >= MIN_QUOTE_WORDS || punctuated;
}

/** "X mengatakan:" closing a paragraph, then a paragraph with no quote marks at all: that paragraph is the quote. */
function colonParagraphs(g: Grammar, doc: ExtractDoc, phrases: Phrases, covered: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  doc.paragraphs.forEach((p, i) => {
    const next = doc.paragraphs[i + 1];
    if (!next || covered.has(i + 1) || p.kind === 'title' || !p.text.trimEnd().endsWith(':')) return;
    const found = introEndingAt(g, doc.text, phrases, p.start, lastNonSpace(doc.text, p.start, p.end), true);
    if (!found) return;
    let start = firstNonSpace(doc.text, next.start, next.end);
    let end = next.end;
    while (start < end && OPEN_MARK.test(doc.text[start]!)) start++;
    while (end > start && /[\s"”»’]/u.test(doc.text[end - 1]!)) end--;
    if (words(doc.text.slice(start, end)) >= MIN_QUOTE_WORDS) out.push(candidate(start, end, true, found));
  });
  return out;
}

function clauseEnd(text: string, start: number, end: number): number {
  let s = text.slice(start, end).replace(CLAUSE_TRIM_END, '');
  // A closing mark stays only when its opening mark is inside the clause too.
  if (/["”»]$/u.test(s) && (s.match(QUOTE_CHARS) ?? []).length % 2 === 1) s = s.slice(0, -1).replace(CLAUSE_TRIM_END, '');
  return start + s.length;
}

function validClause(g: Grammar, text: string, start: number, end: number): boolean {
  const c = text.slice(start, end);
  return end > start && !quotedWhole(c) && words(c) >= MIN_CLAUSE_WORDS && !g.badClauseStart.test(c);
}

/** A clause that is one quotation is a direct quote, left to the quote parser; one that only starts with a quoted term is not. */
function quotedWhole(c: string): boolean {
  if (!OPEN_MARK.test(c)) return false;
  const close = c.slice(1).search(/["”»’']/u);
  return close < 0 || close + 1 >= c.replace(/[\s.!?…,;:]+$/u, '').length - 1;
}

/** Indirect speech, one statement per sentence at most: "Theo X, …", "…, X said.", "X cho biết …". */
function indirectCandidates(g: Grammar, doc: ExtractDoc, sentences: readonly Sentence[], phrases: Phrases): Candidate[] {
  const { text } = doc;
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (doc.paragraphs[s.paragraphIndex]?.kind === 'title' || !g.hint.test(s.text)) continue;
    const inside = phrases.within(s.start, s.end);
    const c = sentenceCandidate(g, doc, s, inside);
    if (c) out.push(c);
  }
  return out;

  function sentenceCandidate(g: Grammar, doc: ExtractDoc, s: Sentence, inside: SpeakerPhrase[]): Candidate | null {
    const first = inside[0];
    // Theo X, clause
    if (first && g.accBefore.test(text.slice(s.start, first.start))) {
      const c = sticky(g.comma, text, first.end);
      if (c) {
        const start = first.end + c[0].length;
        const end = clauseEnd(text, start, s.end);
        if (validClause(g, text, start, end)) return candidate(start, end, false, { speaker: first, verb: 'according to' });
      }
    }
    // clause, X said. / clause, kata X. / clause, theo X. / clause, katanya.
    const tail = (speaker: SpeakerPhrase, verb: string | null, clauseStop: number): Candidate | null => {
      let start = firstNonSpace(text, s.start, clauseStop);
      start += DATELINE.exec(text.slice(start, clauseStop))?.[0].length ?? 0;
      const end = clauseEnd(text, start, clauseStop);
      return validClause(g, text, start, end) ? candidate(start, end, false, { speaker, verb }) : null;
    };
    const sentenceEndAt = (pos: number): boolean => sticky(g.sentenceEnd, s.text, pos - s.start) !== null;
    // The speaker is among the last phrases ("…, according to the US Embassy in Hanoi").
    for (const last of inside.slice(-3).reverse()) {
      const before = text.slice(Math.max(s.start, last.start - 40), last.start);
      const v = sticky(g.verbTail, text, last.end);
      if (v && sentenceEndAt(last.end + v[0].replace(/[\s,:]+$/u, '').length) && g.commaBefore.test(before)) {
        const r = tail(last, verbOf(v), last.start - (before.length - before.lastIndexOf(',')));
        if (r) return r;
      }
      if (sentenceEndAt(last.end)) {
        const pv = g.postVerbBefore.exec(before);
        if (pv) {
          const r = tail(last, verbOf(pv), last.start - before.length + pv.index);
          if (r) return r;
        }
        const acc = g.accTailBefore.exec(before);
        if (acc) {
          const r = tail(last, 'according to', last.start - before.length + acc.index);
          if (r) return r;
        }
      }
    }
    const pp = g.postPronoun.exec(s.text);
    if (pp) {
      const r = tail(pronounAt(s.start + pp.index), verbOf(pp), s.start + pp.index);
      if (r) return r;
    }
    // X cho biết clause / X mengatakan: quote
    for (const p of inside) {
      const m = sticky(g.verbTail, text, p.end);
      if (!m) continue;
      const start = p.end + m[0].length;
      const found = { speaker: p, verb: verbOf(m) };
      if (m.groups?.sep === ':' && !OPEN_MARK.test(text[start] ?? '')) {
        const para = doc.paragraphs[s.paragraphIndex]!;
        let end = para.end;
        while (end > start && /[\s"”»’]/u.test(text[end - 1]!)) end--;
        return words(text.slice(start, end)) >= MIN_QUOTE_WORDS ? candidate(start, end, true, found) : null;
      }
      const end = clauseEnd(text, start, s.end);
      if (validClause(g, text, start, end)) return candidate(start, end, false, found);
    }
    return null;
  }
}

/** '"…," he told Cook': a pronoun is not the person its own attribution names after it. */
function resolveSpeaker(people: People, phrases: Phrases, p: SpeakerPhrase): ReturnType<People['resolve']> {
  const person = people.resolve(p);
  if (!p.pronoun || !person) return person;
  const after = phrases.within(p.end, p.end + ADDRESSEE_WINDOW).filter((q) => q !== p);
  return after.some((q) => people.resolve(q) === person) ? null : person;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Builds one language's statement extractor ("vi/statement") from its rules. */
export function statementExtractor(rules: StatementRules): Extractor {
  const g = compileGrammar(rules);
  const parser = new SpeakerParser(g);
  const ref = extractorRef(rules.lang, 'statement');
  return {
    ...ref,
    lang: rules.lang,
    type: 'statement',
    extract(doc: ExtractDoc): FactDraft[] {
      const mine = doc.sentences.filter((s) => s.lang === rules.lang);
      if (mine.length === 0 || !g.hint.test(doc.text)) return [];
      const phrases = new Phrases(parser, doc);
      const direct = directCandidates(g, doc, phrases);
      const indirect = indirectCandidates(g, doc, mine, phrases).filter((c) => !direct.some((d) => overlaps(c, d)));
      const all = [...direct, ...indirect].sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: Candidate[] = [];
      for (const c of all) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
      const people = new People(g, parser, doc.sentences, phrases.all, new Set(kept.flatMap((c) => (c.speaker ? [c.speaker] : []))));
      const drafts: FactDraft[] = [];
      let previous: { paragraph: number; speaker: Speaker } | null = null;
      for (const c of kept) {
        const sentence = doc.sentences[indexAt(doc.sentences, c.start)];
        const pi = indexAt(doc.paragraphs, c.start);
        let speaker = people.speaker(c.speaker, c.speaker ? resolveSpeaker(people, phrases, c.speaker) : null);
        if (c.floating) {
          if (!previous || previous.paragraph < pi - 1) continue;
          speaker = previous.speaker;
        }
        previous = { paragraph: pi, speaker };
        if (!sentence || sentence.lang !== rules.lang || sentence.end <= c.start) continue;
        const span = text(doc, c);
        drafts.push({
          type: 'statement',
          lang: rules.lang,
          text: span.text,
          start: c.start,
          end: c.end,
          sentence: sentence.text,
          extractor: ref,
          speaker,
          quote: span.quote,
          direct: c.direct,
          verb: c.verb,
        });
      }
      return drafts;
    },
  };
}

/** The span as it is in the text, and the quote without the marks that reopen continued paragraphs. */
function text(doc: ExtractDoc, c: Candidate): { text: string; quote: string } {
  const span = doc.text.slice(c.start, c.end);
  let quote = span;
  for (const p of [...c.strip].sort((a, b) => b - a)) {
    if (p >= c.start && p < c.end) quote = quote.slice(0, p - c.start) + quote.slice(p - c.start + 1);
  }
  return { text: span, quote: quote.trim() || span };
}
