import type { Tag } from './lexicon.js';
import type { StatementRules } from './types.js';
import { DASHES, draft, NOT_NAME, SpeakerWords, type Draft } from './speaker-words.js';

/** Words after a bare organisation head and before the verb ("Cơ quan | khí tượng | nhận định"). */
const MAX_HEAD_RUN = 4;

/** Words that tell a run of capitals is a unit's name, not a person's. */
const UNIT_WORDS: ReadonlySet<Tag> = new Set<Tag>(['org', 'orgHead', 'orgTail', 'portfolio', 'place', 'country']);

/** Words that close a unit's name, so that unknown capitals after them are a person's ("… Bank Mandiri | Sigit"). */
const UNIT_ENDS: readonly Tag[] = ['org', 'orgTail', 'place', 'country'];
/** Vocabulary words inside a title chain that close no unit ("Direktur | Keuangan | & Strategi …"). */
const CHAIN_WORDS: readonly Tag[] = ['portfolio', 'title', 'orgHead', 'honorific', 'adminUnit'];
/** The longest title chain (in tokens) between a title and the verb, and the name's length in words. */
const CHAIN_MAX = 14;
const CHAIN_NAME_MIN = 2;
const CHAIN_NAME_MAX = 4;

/**
 * The edges of speaker phrases where the grammar must decide between a body, a name and no speaker: a name
 * closing the capitals after a title, unnamed groups and bare bodies, a lone name after a quote, and a short
 * description running to the verb.
 */
/** A plain-Latin capitalised word, as in a Vietnamese stage name ("Hòa Minzy", "Khoa Pug"). */
const STAGE_WORD = /^\p{Lu}[a-z]+$/u;

/** Quote marks: a parenthesis or a description never runs over one. */
const QUOTE_TOKEN = /^["“”«»]$/u;
/** The longest parenthesis (in tokens) between a speaker and the verb. */
const PAREN_MAX = 20;

export class SpeakerEdges extends SpeakerWords {
  protected titleInside(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.m(k, 'title', false)) return true;
    return false;
  }

  /**
   * "Tổng giám đốc Dragon Capital Việt Nam | Lê Anh Tuấn", "Phó Chủ tịch LĐBĐ Thái Lan | Charnwit Polcheewin",
   * "Bí thư | Xuân Anh": the capitals after a title close with a Vietnamese name, or with two or three words no
   * vocabulary knows; more unknown words than that ("Tổng thống El Salvador Nayib Bukele") are unsure.
   * Returns where the name starts (`k` when there is none).
   */
  protected nameClosing(j: number, k: number, d: Draft): number {
    if (this.g.rules.nameStyle !== 'surname') return k;
    for (let p = j + 1; p < k - 1; p++) {
      if (this.viName(p) === k) {
        Object.assign(d, { name: this.slice(p, k), full: true });
        return p;
      }
    }
    const unknown = this.unknownCapitals(j, k, true);
    if (unknown > 3) d.unsure = true;
    else if (unknown >= 2) Object.assign(d, { name: this.slice(k - unknown, k), full: true, foreign: true });
    return unknown >= 2 && unknown <= 3 ? k - unknown : k;
  }

  /**
   * The most capitalised words in a row between `j` and `k` that no vocabulary knows (`atEnd`: those closing
   * it). A one-word place after such a word is a syllable of a name ("Xuân Anh", "Tuấn Anh").
   */
  protected unknownCapitals(j: number, k: number, atEnd = false): number {
    let best = 0;
    let run = 0;
    for (let x = j; x < k; ) {
      const t = this.ts[x]!;
      const known = this.m(x, 'place') ?? this.m(x, 'country') ?? this.m(x, 'org') ?? this.m(x, 'portfolio');
      const syllable = run > 0 && known?.end === x + 1;
      if (known && !syllable) {
        run = 0;
        x = known.end;
        continue;
      }
      run = t.cap && t.alpha && !t.acronym && (syllable || !this.has(x, NOT_NAME)) ? run + 1 : 0;
      best = Math.max(best, run);
      x++;
    }
    return atEnd ? run : best;
  }

  /**
   * "các chuyên gia | tiêu hóa |, …", "các quan chức | quân đội Colombia |, …", "Mẹ cô | cho biết": a few words
   * describing an unnamed speaker, up to the verb or to the comma after them (vi: runs reach the verb).
   */
  protected groupRun(j: number): number | null {
    const run = this.runToVerb(j, false);
    if (run !== null) return run > j ? run : null;
    if (!this.g.rules.runToVerb) return null;
    let k = j;
    while (k - j < 4 && this.ts[k]?.word && !this.m(k, 'runStop', false) && !this.speakerStarts(k)) {
      k = this.place(k) ?? k + 1;
    }
    return k > j && this.is(k, ',') ? k : null;
  }

  /**
   * "Công ty giải thích …", "Bộ này lưu ý …": an organisation head alone (or with a trailing determiner) as the
   * sentence's subject, right before a reporting verb. Only for languages whose runs reach the verb (vi).
   */
  protected bareHead(i: number): number | null {
    const head = this.g.rules.runToVerb ? this.m(i, 'orgHead') : null;
    // "Báo cáo giám định … nêu": a compound word that starts like a body ("Báo") is no body.
    if (!head || (this.m(i, 'compound', false)?.end ?? 0) > head.end) return null;
    const end = this.m(head.end, 'trailingDeterminer', false)?.end ?? head.end;
    if (this.verbAt(end)) return end;
    // "Cơ quan khí tượng | nhận định", "Truyền thông nhà nước Nga | cho biết": a few words of its field or place.
    const run = this.runToVerb(end, true);
    return run !== null && run > end && run - end <= MAX_HEAD_RUN && this.ts[i]!.cap && !this.ts[end]!.cap ? run : null;
  }

  /** '…", Fossett nói': one capitalised word no vocabulary knows, between a closing mark and the verb. */
  protected loneNameAfterQuote(i: number): number | null {
    const before = this.ts[i - 1]?.text === ',' ? this.ts[i - 2] : this.ts[i - 1];
    return this.nameWord(i, true) && before && /^["”»]$/u.test(before.text) && this.verbAt(i + 1) ? i + 1 : null;
  }

  /**
   * Where the verb starts after a short description of the speaker ("- Trưởng công an huyện Tuy Đức (Đắk Nông)
   * | cho biết"), or null: the run stops at punctuation, at words the language lists (runStops), at another
   * speaker (a name, an honorific, a title) and, when `strict`, at capitalised words that are no place or body.
   */
  protected runToVerb(j: number, strict: boolean): number | null {
    const max = this.g.rules.runToVerb ?? 0;
    if (max === 0) return null;
    let depth = 0;
    let n = 0;
    let inParens = 0;
    for (let k = j; k < this.ts.length && n <= max && inParens <= 2 * max; k++) {
      if (depth === 0 && this.verbAt(k)) return k;
      const t = this.ts[k]!;
      // "GS X (Viện A, Viện B) cho biết": inside parentheses any words and commas describe the speaker.
      if (depth > 0 && t.text !== '(' && t.text !== ')') {
        if (QUOTE_TOKEN.test(t.text)) return null;
        inParens++;
        continue;
      }
      if (t.text === '(') depth++;
      else if (t.text === ')') {
        if (depth-- === 0) return null;
      } else if (t.text === ',') {
        if (depth === 0 && this.place(k + 1) === null) return null;
      } else if (t.text === '.') {
        const prev = this.ts[k - 1];
        if (!prev?.cap || prev.text.length > 3 || !this.ts[k + 1]?.cap) return null;
      } else if (this.m(k, 'compound', false) && depth === 0) {
        const c = this.m(k, 'compound', false)!;
        n += c.end - k;
        k = c.end - 1;
      } else if (!DASHES.has(t.text) && t.text !== '&' && t.text !== '/') {
        if (!t.word || this.m(k, 'runStop', false) || this.speakerStarts(k)) return null;
        const pl = this.place(k);
        const end = pl ?? (strict && depth === 0 && t.cap ? this.strictCapitals(k) : k + 1);
        if (end === null) return null;
        if (depth > 0) inParens += end - k;
        else n += end - k;
        k = end - 1;
      }
    }
    return null;
  }

  /**
   * With `runToVerb`: "Công an xã Tam Dân | (huyện Phú Ninh, tỉnh Quảng Nam) | cho biết", "Ban quản lý cao tốc |
   * (Vidifi) | cho biết": a short parenthesis at k with no quote mark, right before a reporting verb. Returns the
   * token after ")", or null.
   */
  protected override parenBeforeVerb(k: number): number | null {
    if (!this.g.rules.runToVerb || !this.is(k, '(')) return null;
    for (let e = k + 1; e < this.ts.length && e - k <= PAREN_MAX; e++) {
      const t = this.ts[e]!.text;
      if (t === '(' || QUOTE_TOKEN.test(t)) return null;
      if (t === ')') return e > k + 1 && this.verbAt(e + 1) ? e + 1 : null;
    }
    return null;
  }

  /**
   * "Direktur Pendanaan Lahan LMAN, | Qoswara | dalam …", "Direktur Potensi, Kepatuhan dan Penerimaan Pajak DJP, |
   * Ihsan Priyawibawa |,": capitals from `j` holding an acronym, a number or a body word, a comma, and a name that
   * ends there (punctuation or a lower-case word). Returns the comma and the name's end, or null.
   */
  protected unitThenName(j: number): { comma: number; end: number } | null {
    let unit = false;
    for (let k = j; k < j + 16; k++) {
      const t = this.ts[k];
      if (!t) return null;
      if (t.text === ',' && k > j) {
        // With `describedNames`, a full name of two words or more after the comma needs no unit ("kata Marketing
        // Manager Aceskin, | Ani Wijaya", "Kuasa hukum M Ahmadi, | Juni Prasetyo Nugroho |, mengatakan").
        const end = unit ? this.latinName(k + 1, 1) : this.g.rules.describedNames === true ? this.latinName(k + 1, 2) : null;
        if (end !== null && this.endsName(end)) return { comma: k, end };
        // "dr. | Ika Ayu | , M.Biomed (AAM), Dermatologist,": a full name before the first comma is the name.
        if (!unit && this.g.rules.describedNames === true && this.latinName(j, 2) === k) return null;
        if (!this.ts[k + 1]?.cap || this.m(k + 1, 'title')) return null;
        continue;
      }
      // "VP Business Development & Portfolio Pertamedika IHC, Pramadhya Bachtiar": an ampersand joins unit words.
      const joins = k > j && (this.m(k, 'conjunction', false) || (t.text === '&' && this.g.rules.describedNames === true));
      if (t.text === '(' || t.text === ')' || joins) continue;
      // "Ketua Dewan Komisioner OJK": a title inside the unit, once a body word has opened it; "Daop 9 Jember".
      const number = /^\d{1,3}$/u.test(t.text);
      if (!t.word || !(t.cap || number) || (!unit && this.m(k, 'title'))) return null;
      unit ||= number || t.acronym || this.has(k, UNIT_WORDS);
    }
    return null;
  }

  /**
   * With `titleChainName`: "Direktur Pelayanan Haji Dalam Negeri Kemenag | Muhajirin Yanis | menjelaskan". From `j`
   * (after a title and its known tail) capitalised words, "&", links and short forms run to a reporting verb; the
   * words no vocabulary knows right before the verb are the name when a unit word closes the run before them.
   * Anything else (a comma, a lower-case word, an unknown word right after a body head or a portfolio) keeps the
   * speaker unsure; a short form in parentheses closes no unit ("(BPDP) Kelapa Sawit …" goes on with the body's name).
   */
  protected chainNameAtVerb(j: number): { name: number; end: number } | null {
    if (!this.g.rules.titleChainName) return null;
    let bound = false;
    let run = -1;
    for (let k = j; k < j + CHAIN_MAX; ) {
      if (k > j && run >= 0 && this.verbAt(k)) return this.chainName(run, k, bound);
      const t = this.ts[k];
      if (!t) return null;
      const close = t.text === '(' ? this.shortFormClose(k) : null;
      const known = close === null ? this.chainKnown(k) : null;
      if (close !== null || known !== null) {
        bound = close === null && known!.unit;
        run = -1;
        k = close ?? known!.end;
        continue;
      }
      if (!(t.word && t.cap && (t.initial || this.nameWord(k, false)))) return null;
      if (run < 0) run = k;
      k++;
    }
    return null;
  }

  /** The name from `run` to the verb at `end`: two to four words after a unit word. */
  private chainName(run: number, end: number, bound: boolean): { name: number; end: number } | null {
    const n = end - run;
    if (!bound || n < CHAIN_NAME_MIN || n > CHAIN_NAME_MAX || this.ts[run]!.initial) return null;
    return { name: run, end };
  }

  /** A vocabulary word, acronym or joiner at k inside a title chain; `unit` when it closes a unit's name. */
  private chainKnown(k: number): { end: number; unit: boolean } | null {
    const t = this.ts[k]!;
    if (t.text === '&' || this.m(k, 'conjunction', false) || this.m(k, 'link', false)) return { end: k + 1, unit: false };
    for (const tag of UNIT_ENDS) {
      const hit = this.m(k, tag);
      if (hit) return { end: hit.end, unit: true };
    }
    if (t.word && t.acronym && !t.initial && t.text.length > 1) return { end: k + 1, unit: true };
    if (this.g.rules.chainUnitEnds?.includes(t.text)) return { end: k + 1, unit: true };
    for (const tag of CHAIN_WORDS) {
      const hit = this.m(k, tag);
      if (hit) return { end: hit.end, unit: false };
    }
    return null;
  }

  /** "(BPDP)", "(Menhub)": a parenthesis of one or two capitalised words; returns the token after ")". */
  private shortFormClose(k: number): number | null {
    for (let e = k + 1; e <= k + 3; e++) {
      const t = this.ts[e];
      if (!t) return null;
      if (t.text === ')') return e > k + 1 ? e + 1 : null;
      if (!t.word || !t.cap) return null;
    }
    return null;
  }

  /** "Kapendam | Jaya | Kolonel (Inf) | Kristomei Sianturi": a rank (with its corps) and a full name at `k`. */
  protected rankedName(k: number): { name: number; end: number } | null {
    const rank = this.g.rules.rankAfterUnit ? this.title(k, true) : null;
    if (!rank) return null;
    let at = rank.end;
    if (this.is(at, '(') && this.ts[at + 1]?.cap && this.is(at + 2, ')')) at += 3;
    const end = this.latinName(at, 2);
    return end === null ? null : { name: at, end };
  }

  /** A name may end before punctuation or a lower-case word other than a conjunction. */
  private endsName(k: number): boolean {
    const t = this.ts[k];
    if (!t) return true;
    if (!t.word) return /^[,.!?;:)]$/u.test(t.text);
    return !t.cap && !this.m(k, 'conjunction', false);
  }

  /** Where a foreign name that ends at `end` starts, or `end` when the run ends in no name. */
  protected nameEndingAt(j: number, end: number): number {
    for (let k = Math.max(j, end - 3); k < end - 1; k++) {
      const edge = k === j || !this.ts[k - 1]?.cap || this.has(k - 1, NOT_NAME);
      if (edge && this.foreignName(k) === end) return k;
    }
    return end;
  }

  /** A body in a strict run: a known one, or capitals after "của"/"tại" ("ông Kevin Koh của | Faraday Technology"). */
  protected strictCapitals(k: number): number | null {
    const known = this.org(k);
    if (known !== null || !this.m(k - 1, 'link', false)) return known;
    let e = k;
    while (e - k < 4 && this.ts[e]?.cap && this.ts[e]!.word) e++;
    return e;
  }

  /**
   * "đường Lý Nam Đế", "tờ Sunday Times": in a language with street words, a name right after one, after a
   * lower-case body head or after an administrative unit is no person.
   */
  protected notPersonAt(i: number): boolean {
    const prev = this.ts[i - 1];
    const streets = this.g.rules.streetWords;
    if (!streets || !prev?.word) return false;
    // "phường Kim Dinh", "huyện Lạc Sơn", "TP Bà Rịa": after an administrative unit the words are a place's.
    if (this.m(i - 1, 'adminUnit', false)?.end === i) return true;
    if (prev.cap) return false;
    return streets.includes(prev.lower) || this.m(i - 1, 'orgHead', false)?.end === i;
  }

  /**
   * "Hoài cho biết", "Thanh Bùi nói:", "Hồng - cũng lớp phục vụ - cho biết": a bare name of the language's given
   * names opening a sentence or a clause, right before the verb or a description its mark closes; "Theo Lan
   * Viên, …": right after an according-to word, before its comma. After the first word, a stage name's
   * plain-Latin word may follow ("Hòa Minzy").
   */
  protected bareGivenName(i: number): [Draft, number] | null {
    const source = this.afterAccordingTo(i);
    if (!source && !this.clauseOpens(i)) return null;
    let j = i;
    let given = false;
    while (j - i < 3 && this.ts[j]?.cap && this.ts[j]!.alpha && !this.has(j, NOT_NAME)) {
      if (this.m(j, 'bareGiven')) given = true;
      else if (!this.m(j, 'surname') && !(j > i && given && STAGE_WORD.test(this.ts[j]!.text))) return null;
      j++;
    }
    if (!given || (this.ts[j]?.cap && this.ts[j]!.word)) return null;
    const d = draft('name');
    d.name = this.slice(i, j);
    if (source) return this.is(j, ',') ? [d, j] : null;
    const end = this.verbAt(j) ? j : this.closedDescription(j);
    if (end === null || !this.verbAt(end)) return null;
    return [d, end];
  }

  /** Token `i` follows an according-to form ("Theo", "Theo chia sẻ của") opening a sentence or a clause. */
  protected afterAccordingTo(i: number): boolean {
    return accordingToWords(this.g.rules).some((f) => {
      const at = i - f.length;
      if (at < 0 || !f.every((w, k) => this.ts[at + k]!.lower === w)) return false;
      const lead = this.g.rules.accordingToLeads?.some((l) => l.toLowerCase() === this.ts[at - 1]?.lower) ?? false;
      return this.clauseOpens(at) || lead;
    });
  }

  /** "Thông tin từ | Bộ Công Thương | cho hay": a body right after a clause-opening source lead. */
  protected afterSourceLead(i: number): boolean {
    return sourceLeadWords(this.g.rules).some((f) => {
      const at = i - f.length;
      return at >= 0 && f.every((w, k) => this.ts[at + k]!.lower === w) && this.clauseOpens(at);
    });
  }

  protected clauseOpens(i: number): boolean {
    const prev = this.ts[i - 1];
    return !prev || /^[,.!?\n"“”:]$/u.test(prev.text);
  }

  /** "Ayaka Suzuki | , người vận động …, | cho biết", "…, 47 tuổi, …": a person's description, then the verb. */
  protected personDescribed(end: number): number | null {
    const age = /^\d{1,3}$/u.test(this.ts[end + 1]?.text ?? '') && this.ts[end + 2]?.lower === 'tuổi';
    if (!this.is(end, ',') || !(age || this.m(end + 1, 'personNoun', false))) return null;
    const close = this.closedDescription(end);
    return close !== null && this.verbAt(close) ? close : null;
  }

  /**
   * With `describedNames`: "Ayu Dewi Ardiani | , Brand & Marketing Manager Aceskin, | menyampaikan", "Ika Ayu | ,
   * M.Biomed (AAM), Dermatologist, | menjelaskan": one or two descriptions closed by commas, then the verb.
   */
  protected describedToVerb(end: number): number | null {
    if (this.g.rules.describedNames !== true) return null;
    let at = end;
    for (let n = 0; n < 2 && this.is(at, ','); n++) {
      const close = this.closedDescription(at);
      // "Juru Bicara Anies Baswedan, | Surya Tjandra |, mengatakan": a name alone between the commas is the speaker.
      if (close === null || (n === 0 && this.latinName(at + 1, 1) === close - 1)) return null;
      if (this.verbAt(close)) return close;
      at = close - 1;
    }
    return null;
  }

  /**
   * With `bareDescriptionToVerb`: "Rahman | pengemudi truk | mengatakan", "Sementara itu, Anto | yang merupakan
   * pedagang beras | mengatakan": only for a name opening its sentence (or after a short lead and its comma);
   * lower-case words, no comma, no conjunction ("Budi dan warga"), not opening with a preposition.
   */
  protected bareDescribedToVerb(i: number, end: number): number | null {
    const max = this.g.rules.bareDescriptionToVerb ?? 0;
    const first = this.ts[end];
    if (max === 0 || end - i < 2 || !this.opensClause(i) || !first?.word || first.cap) return null;
    if (this.m(end, 'preposition', false) || this.verbAt(end)) return null;
    for (let k = end + 1; k <= end + max && k < this.ts.length; k++) {
      if (this.verbAt(k)) return k;
      const t = this.ts[k]!;
      // Two capitalised words in a row are another name ("… kader PDIP Djarot Saiful Hidayat yang menyebut").
      if (!t.word || (t.cap && this.ts[k + 1]?.cap) || this.m(k, 'conjunction', false)) return null;
    }
    return null;
  }

  /** The sentence (or paragraph) opens at `i`, or a lead of at most three words and its comma stands before it. */
  private opensClause(i: number): boolean {
    const ends = (k: number): boolean => k < 0 || /^(?:[.!?"“”]|\s+)$/u.test(this.ts[k]!.text);
    if (ends(i - 1)) return true;
    if (this.ts[i - 1]?.text !== ',') return false;
    for (let k = i - 2; k >= i - 5; k--) if (ends(k)) return true;
    return false;
  }

  /** After a name: ", description," or "- description -" with no verb, quote or sentence end in it. */
  private closedDescription(j: number): number | null {
    const open = this.ts[j]?.text ?? '';
    const dash = DASHES.has(open);
    if (open !== ',' && !dash) return null;
    for (let e = j + 1; e < j + 16; e++) {
      const t = this.ts[e];
      if (!t || /^[.!?"“”]$/u.test(t.text) || this.m(e, 'verb', false)) return null;
      if (e > j + 1 && (dash ? DASHES.has(t.text) : t.text === ',')) return e + 1;
    }
    return null;
  }

  /** "…, juru bicara milisi di provinsi Nineveh, mengatakan": a comma or the verb closes a lower-case appositive. */
  protected closesAppositive(e: number): boolean {
    const closed = this.is(e, ',') ? e : this.description(e);
    return this.m(e, 'verb', false) !== null || (closed !== null && this.is(closed, ','));
  }

  /** The end of a short description running to a comma or the sentence's end, with no verb or quote in it. */
  protected description(k: number): number | null {
    const finite = this.g.rules.finiteVerbs ?? [];
    let relative = false;
    for (let e = k; e < k + 24; e++) {
      const t = this.ts[e];
      if (!t) return e > k ? e : null;
      if (t.text === ',' || t.text === '.') return e > k ? e : null;
      if (!t.word || this.m(e, 'verb', false)) return null;
      // "according to Hansen, the tradeoff has been …": a finite verb outside a relative clause makes a clause.
      relative ||= this.m(e, 'relative', false) !== null;
      if (!relative && finite.includes(t.lower)) return null;
    }
    return null;
  }
}

const ACCORDING_TO_WORDS = new WeakMap<StatementRules, string[][]>();

/** The rules' according-to forms as lower-case words, split once per rules object. */
function accordingToWords(rules: StatementRules): string[][] {
  let forms = ACCORDING_TO_WORDS.get(rules);
  if (!forms) {
    forms = rules.accordingTo.map((f) => f.toLowerCase().split(/\s+/u));
    ACCORDING_TO_WORDS.set(rules, forms);
  }
  return forms;
}

const SOURCE_LEAD_WORDS = new WeakMap<StatementRules, string[][]>();

/** The rules' source leads as lower-case words, split once per rules object. */
function sourceLeadWords(rules: StatementRules): string[][] {
  let forms = SOURCE_LEAD_WORDS.get(rules);
  if (!forms) {
    forms = (rules.sourceLeads ?? []).map((f) => f.toLowerCase().split(/\s+/u));
    SOURCE_LEAD_WORDS.set(rules, forms);
  }
  return forms;
}
