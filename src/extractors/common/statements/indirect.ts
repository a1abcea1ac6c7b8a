import type { ExtractDoc, Sentence } from '../extractor.js';
import {
  candidate,
  clauseEnd,
  coordinated,
  subjectParticiple,
  firstNonSpace,
  MIN_QUOTE_WORDS,
  OPEN_MARK,
  pronounAt,
  sticky,
  validClause,
  verbOf,
  words,
} from './clauses.js';
import type { Grammar } from './grammar.js';
import { personOwning, type Phrases } from './phrases.js';
import type { Candidate, SpeakerPhrase } from './types.js';

/** A closing quote mark and its punctuation right before a speaker. */
const AFTER_CLOSE = /["”’»]\s*[,.]?\s*[—–-]?\s*$/u;
/** "HANOI — ", "(VOVWORLD) - ": a dateline is not part of what was said. */
const DATELINE = /^\(?\p{Lu}[\p{Lu}\s.,/]*\)?\s*[—–-]+\s*/u;
/** Between a person and the body closing its appositives: description words, then the comma before the body. */
const CHAIN_GAP = /^(?:[^;:"“”«»!?()]|\([^()]{0,60}\))*,\s*$/u;
/** What may stand before that person in its sentence: nothing, or a short lead such as a date ("Ngày 27/10,"). */
const CLAUSE_LEAD = /^\s*(?:[^,;:"“”«»]{1,30},\s*)?$/u;
/** A step that decides the sentence has no statement, so later steps must not look for one. */
const NONE = Symbol('no statement');
type Step = Candidate | typeof NONE | null;

/** Indirect speech, one statement per sentence at most: "Theo X, …", "…, X said.", "X cho biết …". */
export function indirectCandidates(
  g: Grammar,
  doc: ExtractDoc,
  sentences: readonly Sentence[],
  phrases: Phrases,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const hinted = g.hint.test(s.text) || (g.subjectParticiple?.test(s.text) ?? false);
    if (doc.paragraphs[s.paragraphIndex]?.kind === 'title' || !hinted) continue;
    const c = new IndirectSentence(g, doc, s, phrases.within(s.start, s.end), phrases).candidate();
    if (!c) continue;
    const fronted = frontedStatement(g, doc.text, s, c);
    if (fronted) out.push(fronted);
    out.push(...splitSecondVerb(g, doc.text, c));
  }
  return out;
}

/** "Khẳng định A, Đại sứ X nhấn mạnh B": a reporting verb opening the sentence gives its subject's first statement. */
function frontedStatement(g: Grammar, text: string, s: Sentence, c: Candidate): Candidate | null {
  if (!g.fronted || c.direct || c.floating || !c.speaker || c.speaker.pronoun) return null;
  const head = text.slice(s.start, c.speaker.start);
  const m = g.fronted.exec(head);
  if (!m || !/,\s*$/u.test(head)) return null;
  const start = s.start + m[0].length;
  const end = clauseEnd(text, start, c.speaker.start);
  if (!validClause(g, text, start, end)) return null;
  const quoted = OPEN_MARK.test(text.slice(start, end)) && /["”»]$/u.test(text.slice(start, end));
  return candidate(start, end, quoted, { speaker: c.speaker, verb: verbOf(m) });
}

/** "X menyerukan A serta mengimbau B": two statements of one speaker. */
function splitSecondVerb(g: Grammar, text: string, c: Candidate): Candidate[] {
  if (c.direct || !c.speaker || !g.secondVerb || c.strip.length > 0) return [c];
  const m = g.secondVerb.exec(text.slice(c.start, c.end));
  if (!m) return [c];
  const firstEnd = clauseEnd(text, c.start, c.start + m.index);
  const secondStart = c.start + m.index + m[0].length;
  if (!validClause(g, text, c.start, firstEnd) || !validClause(g, text, secondStart, c.end)) return [c];
  return [{ ...c, end: firstEnd }, candidate(secondStart, c.end, false, { speaker: c.speaker, verb: verbOf(m) })];
}

/** The steps that find one sentence's indirect statement, tried in order; the first that decides wins. */
class IndirectSentence {
  private readonly text: string;

  constructor(
    private readonly g: Grammar,
    private readonly doc: ExtractDoc,
    private readonly s: Sentence,
    private readonly inside: SpeakerPhrase[],
    private readonly phrases: Phrases,
  ) {
    this.text = doc.text;
  }

  candidate(): Candidate | null {
    const found =
      this.accordingToPronoun() ??
      this.unreadSource() ??
      this.accordingTo() ??
      this.attributionAtEnd() ??
      this.midAttribution() ??
      this.pronounAtEnd() ??
      this.subjectVerb() ??
      coordinated(this.g, this.text, this.s, this.inside, this.phrases) ??
      subjectParticiple(this.g, this.text, this.s, this.inside, this.phrases);
    return found === NONE ? null : found;
  }

  /** "Menurutnya, clause". */
  private accordingToPronoun(): Step {
    const { g, s, text } = this;
    const accP = g.accPronoun?.exec(s.text);
    if (!accP) return null;
    const start = s.start + accP[0].length;
    const end = clauseEnd(text, start, s.end);
    // "Menurutnya, di tengah …": after the comma a clause may open with a topic, as after a verb's comma.
    if (!validClause(g, text, start, end, g.rules.topicAfterVerbComma === true)) return null;
    return candidate(start, end, false, { speaker: pronounAt(s.start + accP.index), verb: 'according to' });
  }

  /** "Theo Sputnik, …", "Theo kết luận của đoàn kiểm tra, …": a source the grammar cannot read owns the sentence. */
  private unreadSource(): Step {
    const { g, s } = this;
    const open = g.accOpen?.at.exec(s.text);
    const readable = this.inside[0]?.start === s.start + (open?.[0].length ?? 0);
    return open && !g.accOpen!.free.test(s.text.slice(open[0].length)) && !readable ? NONE : null;
  }

  /** "Theo X, clause". */
  private accordingTo(): Step {
    const { g, s, text } = this;
    const first = this.inside[0];
    if (!first || !g.accBefore.test(text.slice(s.start, first.start))) return null;
    const c = sticky(g.comma, text, first.end);
    const bare = !c && g.rules.accordingToBare && first.name && sticky(g.midBareAfter, text, first.end);
    if (!c && !bare) return this.sourceBeforeComma(first);
    const start = c ? first.end + c[0].length : firstNonSpace(text, first.end, s.end);
    const end = clauseEnd(text, start, s.end);
    const according = { speaker: first, verb: 'according to' };
    return validClause(g, text, start, end, true) ? candidate(start, end, false, according) : null;
  }

  /**
   * "Theo ông Hòa, người mẹ chồng mắng con dâu …": the phrase ran past the source's comma into the clause (a
   * role noun read as an appositive title); the source ends at that comma and keeps only what is before it.
   */
  private sourceBeforeComma(first: SpeakerPhrase): Step {
    const { g, s, text } = this;
    const comma = text.indexOf(',', first.start);
    if (!first.name || comma < 0 || comma >= first.end) return null;
    const head = text.slice(first.start, comma);
    if (!head.includes(first.name)) return null;
    const keeps = (w: string | null): string | null => (w && head.toLowerCase().includes(w.toLowerCase()) ? w : null);
    const speaker = { ...first, end: comma, text: head.trim(), title: keeps(first.title), org: keeps(first.org) };
    const start = firstNonSpace(text, comma + 1, s.end);
    const end = clauseEnd(text, start, s.end);
    return validClause(g, text, start, end, true) ? candidate(start, end, false, { speaker, verb: 'according to' }) : null;
  }

  /** "clause, X said." / "clause, kata X." / "clause, theo X.": the speaker is among the last phrases. */
  private attributionAtEnd(): Step {
    const { g, s, text } = this;
    for (const last of this.inside.slice(-3).reverse()) {
      const before = text.slice(Math.max(s.start, last.start - 40), last.start);
      const v = sticky(g.verbTail, text, last.end);
      // "…, đến từ Đại học Naples II, Italy, cho biết": a body set off by commas is an address, not the speaker.
      const address = last.form === 'org' && v?.[0].startsWith(',');
      const closes = v && this.sentenceEndAt(last.end + v[0].replace(/[\s,:]+$/u, '').length);
      const group = this.groupBefore(last);
      if (v && closes && !address && (g.commaBefore.test(before) || (group && !group.groups?.acc))) {
        const comma = group && !g.commaBefore.test(before) ? group.index : before.lastIndexOf(',') - before.length;
        const r = this.clauseBefore(last, verbOf(v), last.start + comma);
        if (r) return r;
      }
      if (!this.sentenceEndAt(last.end)) continue;
      const pv = g.postVerbBefore.exec(before);
      if (pv) {
        const r = this.clauseBefore(last, verbOf(pv), last.start - before.length + pv.index);
        if (r) return r;
      }
      const wide = g.accTailBefore.exec(before) ? null : group?.groups?.acc ? group : null;
      const acc = wide ?? g.accTailBefore.exec(before);
      // "X cho biết …, theo AFP": the agency reports what X said; X is the speaker.
      const reported = this.inside.some((q) => q.start < last.start && sticky(g.verbTail, text, q.end) !== null);
      const accFrom = wide ? last.start + wide.index : last.start - before.length + (acc?.index ?? 0);
      if (acc && !reported && !(g.rules.accordingToMid === true && this.joinedBefore(accFrom))) {
        const r = this.clauseBefore(last, 'according to', accFrom);
        if (r) return r;
      }
    }
    return this.accordingToDescribed();
  }

  /**
   * ", city officials" / ", according to Israeli officials" before an unnamed group (opt-in): the match, its index
   * counted back from the speaker's start (negative), or null.
   */
  private groupBefore(p: SpeakerPhrase): { index: number; groups: RegExpExecArray['groups'] } | null {
    const { g, s, text } = this;
    // A group only: "according to a collision expert" introduces one person whom the article names later.
    if (!g.groupBefore || p.name || !p.title || p.form === 'org' || !g.rules.pluralTitles?.includes(p.title)) return null;
    const before = text.slice(Math.max(s.start, p.start - 90), p.start);
    const m = g.groupBefore.exec(before);
    return m ? { index: m.index - before.length, groups: m.groups } : null;
  }

  /** "clause, according to Max Schrems, Austrian privacy activist and founder of …." (opt-in). */
  private accordingToDescribed(): Step {
    const { g, s, text } = this;
    if (!g.rules.accordingToAppositive) return null;
    for (const p of this.inside) {
      if (!p.name || !/^\s*,[^"“”;:!?]{1,160}$/u.test(text.slice(p.end, clauseEnd(text, p.end, s.end)))) continue;
      const before = text.slice(Math.max(s.start, p.start - 40), p.start);
      const acc = g.accTailBefore.exec(before);
      const from = p.start - before.length + (acc?.index ?? 0);
      if (acc && !(g.rules.accordingToMid === true && this.joinedBefore(from))) {
        return this.clauseBefore(p, 'according to', from);
      }
    }
    return null;
  }

  /** The sentence's text before `at` ends with a joining word (", but, according to …"). */
  private joinedBefore(at: number): boolean {
    const head = this.text.slice(this.s.start, at).trimEnd().toLowerCase();
    return (this.g.rules.verbJoiners ?? []).some((w) => head.endsWith(` ${w}`) || head.endsWith(`, ${w}`));
  }

  /** "clause, katanya.". */
  private pronounAtEnd(): Step {
    const pp = this.g.postPronoun.exec(this.s.text);
    return pp ? this.clauseBefore(pronounAt(this.s.start + pp.index), verbOf(pp), this.s.start + pp.index) : null;
  }

  /** The clause from the sentence's start (past a dateline) to `clauseStop`, said by `speaker`. */
  private clauseBefore(speaker: SpeakerPhrase, verb: string | null, clauseStop: number): Candidate | null {
    const { g, s, text } = this;
    let start = firstNonSpace(text, s.start, clauseStop);
    start += DATELINE.exec(text.slice(start, clauseStop))?.[0].length ?? 0;
    const end = clauseEnd(text, start, clauseStop);
    if (g.topicOnly?.test(text.slice(start, end).trim())) return null;
    return validClause(g, text, start, end, true) ? candidate(start, end, false, { speaker, verb }) : null;
  }

  private sentenceEndAt(pos: number): boolean {
    return sticky(this.g.sentenceEnd, this.s.text, pos - this.s.start) !== null;
  }

  /** "Ruas tol ini, kata Jokowi, seharusnya …", "Hal itu, katanya, sudah …": the attribution is cut from the quote. */
  private midAttribution(): Step {
    const { g, s, text } = this;
    for (const p of this.inside) {
      const before = text.slice(Math.max(s.start, p.start - 40), p.start);
      const comma = g.postVerbBefore.exec(before);
      // "The problem, according to Hoenig, is not …": a named source set off by commas inside the clause.
      const acc = !comma && p.name && g.rules.accordingToMid === true ? g.accTailBefore.exec(before) : null;
      const pv = comma ?? acc ?? (p.name ? g.midBareVerb?.exec(before) : null) ?? null;
      const bare = !acc && (!comma || (g.rules.midCommaBareAfter === true && p.name !== null));
      const c = pv && (sticky(g.midComma, text, p.end) ?? (bare ? sticky(g.midBareAfter, text, p.end) : null));
      if (pv && c) {
        const from = p.start - before.length + pv.index;
        if (acc) return this.afterJoinedSource(from, p.end + c[0].length, p) ?? this.cutOut(from, p.end + c[0].trimEnd().length, p, 'according to');
        const r = this.cutOut(from, p.end + c[0].trimEnd().length, p, verbOf(pv));
        if (r) return r;
      }
    }
    const mp = g.midPronoun?.exec(s.text);
    if (!mp) return null;
    const from = s.start + mp.index;
    return this.cutOut(from, from + mp[0].trimEnd().length, pronounAt(from), verbOf(mp));
  }

  /**
   * "…, but, according to Hansen, the tradeoff has been …": after a joining word the source owns only the clause
   * that follows it; what stands before the joining word is the writer's.
   */
  private afterJoinedSource(from: number, to: number, speaker: SpeakerPhrase): Candidate | null {
    const { g, s, text } = this;
    if (!this.joinedBefore(from)) return null;
    const end = clauseEnd(text, to, s.end);
    return validClause(g, text, to, end) ? candidate(to, end, false, { speaker, verb: 'according to' }) : null;
  }

  /** The sentence's clause with the attribution from `from` to `to` cut out of it. */
  private cutOut(from: number, to: number, speaker: SpeakerPhrase, verb: string | null): Candidate | null {
    const { g, s, text } = this;
    let start = firstNonSpace(text, s.start, from);
    start += DATELINE.exec(text.slice(start, from))?.[0].length ?? 0;
    const end = clauseEnd(text, start, s.end);
    if (start >= from || end <= to || !validClause(g, text, start, end, g.rules.midAnyStart)) return null;
    const strip = Array.from({ length: to - from }, (_, k) => from + k);
    return candidate(start, end, false, { speaker, verb }, strip);
  }

  /** "X cho biết clause" / "X mengatakan: quote". */
  private subjectVerb(): Step {
    const { g, s, text } = this;
    let spoke = false;
    for (const p of this.inside) {
      const m = sticky(g.verbTail, text, p.end);
      // "Ông đánh giá cao nỗ lực của HLV Kim, đồng thời nhấn mạnh …": after a subject and its verb, a name
      // set off by a comma is inside that clause, not the next verb's subject.
      if (m && spoke && /^\s*,/u.test(m[0])) continue;
      spoke ||= m !== null;
      // "…, một đồng minh của Tổng thống Macron, vừa tuyên bố": the object of a preposition is not the subject.
      const before = text.slice(Math.max(s.start, p.start - 12), p.start);
      // '"…", ông Abbas phát biểu trong phiên họp': after a closing mark the phrase attributes the quote.
      // "Thông tin từ | Bộ Công Thương | cho hay": after a source lead the body is the subject.
      const source = g.sourceBefore?.test(text.slice(s.start, p.start)) === true;
      if (!m || (g.prepBefore.test(before) && !source) || AFTER_CLOSE.test(before)) continue;
      const start = p.end + m[0].length;
      if (this.passivePurpose(p, start)) continue;
      const chained = this.chainOwner(p, /^,/u.test(m[0]));
      const found = {
        speaker: this.appositiveOf(p) ?? chained ?? personOwning(text, this.phrases, p, g.hint),
        verb: verbOf(m),
      };
      if (m.groups?.sep === ':' && !OPEN_MARK.test(text[start] ?? '')) {
        const para = this.doc.paragraphs[s.paragraphIndex]!;
        let end = para.end;
        while (end > start && /[\s"”»’]/u.test(text[end - 1]!)) end--;
        return words(text.slice(start, end)) >= MIN_QUOTE_WORDS ? candidate(start, end, true, found) : NONE;
      }
      const end = clauseEnd(text, start, s.end);
      // "Vị chuyên gia cho rằng, với đối tượng …, có thể …": after the verb's comma, a clause may open with a topic.
      const topic =
        (g.rules.topicAfterVerbComma === true && m.groups?.sep === ',') ||
        (g.rules.topicAfterComplementizer === true && m.groups?.comp !== undefined);
      if (validClause(g, text, start, end, topic)) return candidate(start, end, false, found);
    }
    return null;
  }

  /**
   * "Bà X, Phó phòng Quản lý năng lượng, | Sở Công thương, | cho biết", "thiếu tướng X, Cục trưởng …, | Bộ Công an, |
   * giải thích": a nameless body or title right before the verb ends a chain of appositives of the person
   * opening the clause (only a short lead such as a date before it, no verb on the way): it is that person's, not
   * the speaker.
   */
  private chainOwner(p: SpeakerPhrase, closed: boolean): SpeakerPhrase | null {
    const nameless = (r: SpeakerPhrase): boolean => !r.name && !r.pronoun && (r.form === 'org' || r.form === 'titled');
    if (!nameless(p)) return null;
    // "X, dân tộc Mnông, | Phòng Cảnh sát cơ động, | Công an tỉnh Đắk Lắk": bodies of the chain before this one.
    let k = this.inside.indexOf(p) - 1;
    while (k > 0 && nameless(this.inside[k]!)) k--;
    const q = this.inside[k];
    if (!q?.name || q.pronoun) return null;
    const between = this.text.slice(q.end, p.start);
    // Not closed by a comma, the body must follow a description set off by two commas ("X, dân tộc Mnông, Phòng
    // Cảnh sát cơ động, | Công an tỉnh Đắk Lắk | chia sẻ"): after one comma it may be the subject ("…, Sở Y tế cho biết").
    if (!closed && !/^\s*,[^,]*\p{L}[^,]*,/u.test(between)) return null;
    const lead = this.text.slice(this.s.start, q.start);
    if (!CHAIN_GAP.test(between) || this.g.hint.test(between) || words(between) > 20) return null;
    return CLAUSE_LEAD.test(lead) && !this.g.hint.test(lead) ? q : null;
  }

  /**
   * "dự án được | Sở Giao thông Vận tải thành phố | đề xuất để kéo giảm ùn tắc": the agent of a passive inside a noun
   * phrase, its verb followed by a purpose, acts on that phrase; it reports nothing.
   */
  private passivePurpose(p: SpeakerPhrase, start: number): boolean {
    const stops = this.g.rules.passiveAgents;
    if (!stops) return false;
    const before = this.text.slice(Math.max(this.s.start, p.start - 12), p.start).toLowerCase();
    const after = this.text.slice(start, start + 12).toLowerCase();
    const agent = stops.markers.some((w) => before.endsWith(` ${w} `) || before === `${w} `);
    return agent && stops.purposes.some((w) => after.startsWith(`${w} `));
  }

  /** "Thiếu tướng X - Chánh văn phòng, | Người phát ngôn Bộ Công an - | cho biết": a second title of X. */
  private appositiveOf(p: SpeakerPhrase): SpeakerPhrase | null {
    const q = this.inside[this.inside.indexOf(p) - 1];
    if (p.name || p.form !== 'titled' || !q?.name || q.pronoun) return null;
    // "Anh X (33 tuổi), | công nhân | cho biết": an age or a place in parentheses may stand before the comma.
    return /^\s*(?:\([^()]{1,40}\)\s*)?,\s*$/u.test(this.text.slice(q.end, p.start)) ? q : null;
  }
}
