import type { FactDraft, Speaker } from '../../../core/index.js';
import { extractorRef, type ExtractDoc, type Extractor } from '../extractor.js';
import {
  candidate,
  clauseEnd,
  firstNonSpace,
  type Found,
  lastNonSpace,
  MIN_QUOTE_WORDS,
  OPEN_MARK,
  pronounAt,
  sticky,
  validClause,
  verbOf,
  words,
} from './clauses.js';
import { People } from './coref.js';
import { compileGrammar, type Grammar } from './grammar.js';
import { indirectCandidates } from './indirect.js';
import { scanQuotes, type QuoteSpan } from './quote-marks.js';
import { bodyAfter, indexAt, nameBetweenCommas, personOwning, Phrases } from './phrases.js';
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

const WINDOW = 200;
/** How far after a pronoun speaker its attribution may name the person addressed ("he told Cook"). */
const ADDRESSEE_WINDOW = 30;

/** A speaker the grammar cannot read: the statement has no name rather than someone else's. */
function unnamedAt(pos: number): SpeakerPhrase {
  return { start: pos, end: pos, text: '', title: null, org: null, name: null, pronoun: false, form: 'definite' };
}

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
    if (m && reaches(p.end, m[0], pos) && (!colon || m.groups?.sep === ':')) {
      return { speaker: personOwning(text, phrases, p, g.hint), verb: verbOf(m) };
    }
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
    const body = bodyAfter(text, phrases, p, g.hint);
    const from = sticky(g.verbOnly, text, p.end) ? p.end : (body?.end ?? p.end);
    const v = sticky(g.verbOnly, text, from);
    if (v) return { speaker: p, verb: verbOf(v), at: from + v[0].length };
  }
  const pv = sticky(g.postVerbAt, text, at);
  const q = pv && phrases.at(at + pv[0].length);
  if (pv && q) return { speaker: nameBetweenCommas(text, phrases, q), verb: verbOf(pv) };
  const described = pv && !q && g.rules.describedAfterVerb === true ? describedName(text, phrases, at + pv[0].length) : null;
  if (pv && described) return { speaker: described, verb: verbOf(pv) };
  // '"…," said a member of GreatFire.org': said by someone we cannot name, not by the previous speaker.
  if (pv && g.rules.unnamedAfterVerb) return { speaker: unnamedAt(at), verb: verbOf(pv) };
  const pp = sticky(g.pronounVerbAt, text, at);
  if (pp) return { speaker: pronounAt(at), verb: verbOf(pp) };
  const acc = sticky(g.accAt, text, at);
  const r = acc && phrases.at(at + acc[0].length);
  if (r) return { speaker: r, verb: 'according to' };
  return null;
}

/** A lower-case description (capitals only inside it), its comma, then a name closed by a comma or the sentence's end. */
const DESCRIPTION_THEN_COMMA = /\p{Ll}[\p{L}-]*(?:\s+[\p{L}\p{N}.&-]+){0,6}?\s*,\s*/uy;

/** With `describedAfterVerb`: '"…," kata | warga sekitar, | Didin, saat …': the name after the description speaks. */
function describedName(text: string, phrases: Phrases, from: number): SpeakerPhrase | null {
  const m = sticky(DESCRIPTION_THEN_COMMA, text, from);
  const p = m ? phrases.at(from + m[0].length) : null;
  if (!p || p.form !== 'name' || !p.name) return null;
  return /^\s*(?:[,.]|$)/u.test(text.slice(p.end, p.end + 2)) ? p : null;
}

/** With `sentenceEndClosesQuote`: a full stop ends the quote's sentence, inside the closing mark or right after it. */
function closedSentence(g: Grammar, text: string, q: QuoteSpan): boolean {
  if (g.rules.sentenceEndClosesQuote !== true || q.close === null) return false;
  const inside = text.slice(Math.max(q.start, q.close - 3), q.close);
  return (/\.\s*$/u.test(inside) && !/\.\.\s*$/u.test(inside)) || /^\.(?!\.)/u.test(text.slice(q.close + 1, q.close + 3));
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
  let last: { paragraph: number; closeEnd: number; comma: boolean } | null = null;
  const covered = new Set<number>();
  const markOptions = { straightCloseAfterPunctuation: g.rules.straightCloseAfterPunctuation === true };
  for (const q of scanQuotes(text, paragraphs, markOptions)) {
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
    found ??= participleIntro(g, doc, phrases, openPos);
    found ??= colonAttribution(g, text, phrases, para.start, openPos);
    const closeEnd = q.close !== null ? q.close + 1 : q.end;
    const after =
      found || closedSentence(g, text, q)
        ? null
        : attributionAfter(g, text, phrases, closeEnd, paragraphs[q.lastParagraph]!.end);
    found ??= after;
    // '"…," Smith said. "…"': a quote right after an attributed one in its paragraph goes on in the same voice.
    const goesOn: boolean =
      !found &&
      last !== null &&
      last.paragraph === q.paragraph &&
      continues(g, text.slice(last.closeEnd, openPos), last.comma && g.rules.splitQuoteGoesOn === true);
    if (!acceptQuote(text, q, found !== null || goesOn, atParaStart, after !== null)) continue;
    const frontedVerb = after ? frontedBefore(g, doc, openPos) : null;
    const clause = frontedVerb && after ? clauseAfterAttribution(g, doc, after) : null;
    out.push(candidate(q.start, q.end, true, clause && found ? { ...found, verb: frontedVerb } : found, q.continuations));
    const second = after?.at === undefined ? null : (clause ?? secondAfterQuote(g, doc, after.at, after.speaker));
    if (second) out.push(second);
    const comma = q.close !== null && text[q.close - 1] === ',';
    last = found || goesOn ? { paragraph: q.lastParagraph, closeEnd, comma } : null;
    outerEnd = q.end;
    for (let p = q.paragraph; p <= q.lastParagraph; p++) covered.add(p);
  }
  out.push(...colonParagraphs(g, doc, phrases, covered));
  return out;
}

/** From a speaker's end to the quote: a body's name after a comma ("University of Wisconsin"), then the colon. */
const COLON_TO_QUOTE = /^(?:\s*,\s*(?:the\s+)?\p{Lu}[^:“”"«»\n]{0,60}?)?\s*:\s*$/u;
/**
 * Before a speaker of a colon attribution: the paragraph's or sentence's start, a colon or a closing quote, then at
 * most three words of description ("BBC Two controller").
 */
const COLON_SPEAKER_OPENS = /(?:^|[.!?:"”»]\s*)(?<lead>(?:[\p{L}\p{N}'’&-]+\s+){0,3})$/u;

/**
 * With `colonAttribution`: 'BBC Two controller Roly Keating: "…"', 'Bruce Wampold, University of Wisconsin: “…”':
 * a full name opening its sentence (after at most three words of description), the name of its body after a
 * comma, and a colon hand the quote to that person.
 */
function colonAttribution(g: Grammar, text: string, phrases: Phrases, from: number, openPos: number): Found | null {
  if (g.rules.colonAttribution !== true) return null;
  for (const p of phrases.within(Math.max(from, openPos - WINDOW), openPos).reverse()) {
    if (!COLON_TO_QUOTE.test(text.slice(p.end, openPos))) continue;
    const named = p.name !== null && p.fullName === true && !p.pronoun && p.form !== 'org';
    const lead = COLON_SPEAKER_OPENS.exec(text.slice(from, p.start))?.groups?.lead;
    if (named && lead !== undefined && !g.hint.test(lead)) return { speaker: p, verb: null };
  }
  return null;
}

/** 'Ivo Brand was blunt, telling the crowd: "…"': the participle's colon hands the quote to the sentence's subject. */
function participleIntro(g: Grammar, doc: ExtractDoc, phrases: Phrases, openPos: number): Found | null {
  const intro = g.participleIntro;
  const s = intro ? doc.sentences[indexAt(doc.sentences, openPos)] : undefined;
  if (!intro || !s) return null;
  const first = phrases.at(firstNonSpace(doc.text, s.start, openPos));
  const subject = first ? nameBetweenCommas(doc.text, phrases, first) : null;
  if (!subject) return null;
  const m = intro.exec(doc.text.slice(subject.end, openPos));
  return m ? { speaker: subject, verb: m[1]! } : null;
}

/**
 * '"…", Felthager nói, cho biết …', '"…", ông Lợi nói và cho biết …': a second reporting verb right after the
 * attribution of a quote, with its own clause, is a second statement of the same speaker.
 */
function secondAfterQuote(g: Grammar, doc: ExtractDoc, at: number, speaker: SpeakerPhrase): Candidate | null {
  if (!g.secondVerb) return null;
  const s = doc.sentences[indexAt(doc.sentences, at)];
  if (!s || at >= s.end) return null;
  const m = g.secondVerb.exec(doc.text.slice(at, s.end));
  if (!m || m.index !== 0) return null;
  const start = at + m[0].length;
  const end = clauseEnd(doc.text, start, s.end);
  return validClause(g, doc.text, start, end) ? candidate(start, end, false, { speaker, verb: verbOf(m) }) : null;
}

/** 'Khẳng định “…”, ông X cho biết …': the reporting verb opening the quote's sentence, if one does. */
function frontedBefore(g: Grammar, doc: ExtractDoc, openPos: number): string | null {
  const s = doc.sentences[indexAt(doc.sentences, openPos)];
  const m = s && g.fronted ? g.fronted.exec(doc.text.slice(s.start, openPos)) : null;
  return m && s && s.start + m[0].length === openPos ? verbOf(m) : null;
}

/** 'Khẳng định “…”, ông X cho biết | năm nay …': after a fronted quote, the attribution's verb has its own clause. */
function clauseAfterAttribution(g: Grammar, doc: ExtractDoc, after: Found): Candidate | null {
  if (after.at === undefined) return null;
  const s = doc.sentences[indexAt(doc.sentences, after.at)];
  if (!s || after.at >= s.end) return null;
  const start = firstNonSpace(doc.text, after.at, s.end);
  const end = clauseEnd(doc.text, start, s.end);
  return validClause(g, doc.text, start, end) ? candidate(start, end, false, after) : null;
}

/**
 * What stands between two quotes of one speaker: a short attribution ending its sentence (", Smith said."), or,
 * with `midSentence` (the first quote closed on a comma), one ending on a comma (" said Smith, ").
 */
function continues(g: Grammar, gap: string, midSentence = false): boolean {
  if (gap.length > 80 || !g.hint.test(gap)) return false;
  return /[.!?…]\s*$/u.test(gap) || (midSentence && /^[^.!?…\n]*,\s*$/u.test(gap));
}

function acceptQuote(
  text: string,
  q: QuoteSpan,
  attributed: boolean,
  atParaStart: boolean,
  attributedAfter = false,
): boolean {
  const n = words(text.slice(q.start, q.end));
  if (!attributed) return atParaStart && n >= MIN_QUOTE_WORDS + 2;
  const punctuated = q.close !== null && /[.!?…,]/u.test(text[q.close - 1] ?? '');
  // 'khẳng định "đề án …" đang lan truyền': a quoted term the clause goes on after is not the statement
  // ('"…" anh Từ nói vui.' is: what follows the mark is its attribution).
  const goesOn = !attributedAfter && /^\s*\p{Ll}/u.test(text.slice((q.close ?? 0) + 1, (q.close ?? 0) + 4));
  if (q.close !== null && !punctuated && goesOn) return false;
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

/**
 * '"…," he told Cook': a pronoun is not the person its own attribution names after it, nor one named inside
 * what was said ("…relationship with Avalos, he said"): it looks back from the start of the statement.
 */
function resolveSpeaker(
  people: People,
  phrases: Phrases,
  text: string,
  p: SpeakerPhrase,
  from: number,
): ReturnType<People['resolve']> {
  const person = people.resolve(p, from);
  if (!p.pronoun || !person) return person;
  // Only a name in the attribution's own sentence is addressed; "…," jawabnya. Ia … is the next sentence.
  // "He says he opposes …": a pronoun in what was said is no addressee.
  const after = phrases
    .within(p.end, p.end + ADDRESSEE_WINDOW)
    .filter((q) => q !== p && !q.pronoun && !/[.!?]/u.test(text.slice(p.end, q.start)));
  return after.some((q) => people.resolve(q) === person) ? null : person;
}

/** Each statement's speaker phrase, with where the statement starts. */
function speakerStarts(kept: readonly Candidate[]): Map<SpeakerPhrase, number> {
  const out = new Map<SpeakerPhrase, number>();
  for (const c of kept) if (c.speaker && !out.has(c.speaker)) out.set(c.speaker, c.start);
  return out;
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
      // A name right before a reporting verb is a person even where no statement was kept ("X membenarkan …").
      const speakers = speakerStarts(kept);
      for (const p of phrases.all) {
        if (p.form === 'name' && !speakers.has(p) && sticky(g.verbOnly, doc.text, p.end) !== null) speakers.set(p, p.start);
      }
      const people = new People(g, parser, doc.sentences, phrases.all, speakers, doc.text);
      const drafts: FactDraft[] = [];
      let previous: { paragraph: number; speaker: Speaker } | null = null;
      for (const c of kept) {
        const sentence = doc.sentences[indexAt(doc.sentences, c.start)];
        const pi = indexAt(doc.paragraphs, c.start);
        // A second verb's statement ("Ông đánh giá …, đồng thời nhấn mạnh …") resolves where its speaker spoke first.
        const from = c.speaker ? Math.min(c.start, speakers.get(c.speaker) ?? c.start) : c.start;
        const person = c.speaker ? resolveSpeaker(people, phrases, doc.text, c.speaker, from) : null;
        // "Tại tòa, người mẫu An Tây khai … Đồng thời, bị cáo này cũng thừa nhận …": a description pointing back
        // that no one fits, after text that may name its person, is someone the reader knows: no statement
        // rather than no name. Opening a text ("…”, vị luật sư này nhấn mạnh.") it stands as written.
        const unknownReferent = !person && c.speaker !== null && people.pointsBackUnnamed(c.speaker);
        if (unknownReferent && sentence && bodyBefore(doc, sentence.start)) continue;
        let speaker = people.speaker(c.speaker, person);
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

/** Some body text (not a headline) stands before `pos`. */
function bodyBefore(doc: ExtractDoc, pos: number): boolean {
  return doc.paragraphs.some((p) => p.kind !== 'title' && p.start < pos && /\p{L}/u.test(doc.text.slice(p.start, Math.min(p.end, pos))));
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
