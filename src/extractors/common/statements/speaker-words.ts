import type { Grammar } from './grammar.js';
import type { Tag } from './lexicon.js';
import type { Token } from './tokens.js';
import type { SpeakerPhrase } from './types.js';

export const NOT_NAME: ReadonlySet<Tag> = new Set<Tag>([
  'title', 'honorific', 'pronoun', 'org', 'orgHead', 'orgTail', 'portfolio', 'place', 'adminUnit', 'country', 'notName',
  'determiner', 'trailingDeterminer', 'link', 'former', 'verb', 'adverb', 'conjunction',
]);
/** After a title or an honorific a capitalised "Nguyên" is a name, not "former". */
const NOT_SHORT_NAME: ReadonlySet<Tag> = new Set<Tag>([...NOT_NAME].filter((t) => t !== 'former'));
/** What a portfolio word ending a name may not also be. */
const NAME_STOP: ReadonlySet<Tag> = new Set<Tag>(['title', 'org', 'orgHead', 'place', 'country', 'notName', 'adminUnit']);
const NOT_NAME_START: ReadonlySet<Tag> = new Set<Tag>(['place', 'country', 'notName']);
const NOT_SYLLABLE: ReadonlySet<Tag> = new Set<Tag>(['title', 'org']);
const NOT_ACRONYM_ORG: ReadonlySet<Tag> = new Set<Tag>([
  'title', 'notName', 'country', 'place', 'honorific', 'pronoun',
]);
const LOWER_STOP: ReadonlySet<Tag> = new Set<Tag>([
  'verb', 'adverb', 'title', 'pronoun', 'honorific', 'link', 'determiner', 'former',
]);
/** Lower-case words in a row inside an organisation's name ("Trung tâm Dự báo khí tượng thủy văn quốc gia"). */
const MAX_LOWER_WORDS = 6;
export const DASHES = new Set(['-', '–', '—']);
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'da', 'dos', 'du', 'la', 'le', 'al', 'el']);
const PARTICLE_GLUED = /^(?:al|el|ad|as|ar|an|at|bin|ibn)-\p{Lu}/u;
/**
 * "Tagide deCarvalho": a lower-case particle glued to a capitalised family name. Not "di": "Darmin diJakarta" is
 * Indonesian "di Jakarta" with its space lost ("DiMaggio" is capitalised and needs no particle).
 */
const PARTICLE_PREFIXED = /^(?:de|da|du|van|von|le|la|mc|mac)\p{Lu}\p{Ll}+$/u;
export const POSSESSIVE = /^['’]s$/u;

const ORG_SHAPES = new WeakMap<object, RegExp>();

export interface Draft {
  title: string | null;
  org: string | null;
  name: string | null;
  full: boolean;
  foreign: boolean;
  form: SpeakerPhrase['form'];
  pronoun: boolean;
  /** The words cannot be told apart into a body and a name: no speaker rather than a wrong one. */
  unsure?: boolean;
}

export function draft(form: SpeakerPhrase['form']): Draft {
  return { title: null, org: null, name: null, full: false, foreign: false, form, pronoun: false };
}

/** The longest field of a committee after "về" ("về phòng chống thiên tai và tìm kiếm cứu nạn"). */
const MAX_FIELD_WORDS = 8;

/**
 * The words of a speaker phrase over tagged tokens: names, places, organisations and titles. The phrase
 * forms that put them together are in speakers.ts.
 */
export class SpeakerWords {
  protected ts: readonly Token[] = [];
  protected text = '';

  constructor(protected readonly g: Grammar) {}

  protected m(i: number, tag: Tag, strict = true): { end: number; written: string } | null {
    const r = this.g.lex.match(this.ts, i, tag, strict);
    return r ? { end: r.end, written: r.entry.written } : null;
  }

  protected has(i: number, tags: ReadonlySet<Tag>): boolean {
    return this.g.lex.has(this.ts, i, tags);
  }

  protected slice(a: number, b: number): string {
    return this.text.slice(this.ts[a]!.start, this.ts[b - 1]!.end).replace(/\s+/gu, ' ');
  }

  /**
   * An organisation's name without a leading determiner or a trailing location ("the US Embassy in Hanoi" →
   * "US Embassy"; "the Ministry of Health" keeps its "of").
   */
  protected orgText(a: number, b: number): string {
    const from = this.m(a, 'determiner', false) && a + 1 < b ? a + 1 : a;
    let to = b;
    for (let k = from + 1; k < b; k++) {
      const link = this.m(k, 'link', false);
      if (link && this.place(link.end) === b) {
        to = k;
        break;
      }
    }
    return this.slice(from, to);
  }

  protected is(i: number, s: string): boolean {
    return this.ts[i]?.text === s;
  }

  // ---- names ----

  /** A capitalised word no vocabulary knows. */
  protected nameWord(i: number, first: boolean): boolean {
    const t = this.ts[i];
    if (!t || !t.cap || !(t.alpha || t.initial)) return false;
    // "AM Kamal", "HM Prasetyo": two or three capitals may open an Indonesian or English name before a name word.
    const initials = first && t.acronym && t.text.length <= 3 && /^\p{Lu}+$/u.test(t.text) && this.g.rules.nameStyle === 'capitalised';
    if (initials) return !this.has(i, NOT_NAME) && this.nameWord(i + 1, false);
    if (t.acronym && !t.initial && (first || t.text.length > 1)) return false;
    if (this.g.rules.startOnlyNotNames?.includes(t.text)) return !this.opensSentence(i);
    if (this.orgShaped(i)) return false;
    if (first && this.g.rules.nameLeads?.includes(t.text) && this.leadsName(i)) return true;
    // "Raja Juli Antoni": inside a name, a name lead between two name words is part of it.
    if (!first && this.g.rules.nameLeads?.includes(t.text) && this.nameWord(i + 1, false)) return true;
    if (!this.has(i, NOT_NAME)) return true;
    // "Paul Expert", "Brian Judge": inside a name, a capitalised word the vocabulary writes in lower case only.
    return !first && this.g.rules.lowerCaseTitles && !this.g.lex.hasAsWritten(this.ts, i, NOT_NAME);
  }

  /** "…, Juni Prasetyo": a name lead after a comma, a quote mark or at a sentence's start, then a name word. */
  private leadsName(i: number): boolean {
    const prev = this.ts[i - 1];
    return (!prev || /^[,.!?\n"“(:]$/u.test(prev.text)) && this.nameWord(i + 1, false);
  }

  /** A word the language's organisation shape matches ("FinanceAsia"). */
  protected orgShaped(i: number): boolean {
    const shape = this.g.rules.orgShape;
    const t = this.ts[i];
    if (!shape || !t?.cap) return false;
    let re = ORG_SHAPES.get(this.g.rules);
    if (!re) ORG_SHAPES.set(this.g.rules, (re = new RegExp(shape, 'u')));
    return re.test(t.text);
  }

  /** The token opens a sentence or a quotation. */
  protected opensSentence(i: number): boolean {
    const prev = this.ts[i - 1];
    return !prev || /^[.!?\n"“:]$/u.test(prev.text);
  }

  protected latinName(i: number, min: number): number | null {
    if (!this.nameWord(i, true)) return null;
    let j = i + 1;
    while (j - i < 5 && (this.nameWord(j, false) || this.particle(j))) j++;
    if (j - i < 5 && this.portfolioEndsName(j)) j++;
    return j - i >= min ? j : null;
  }

  /** "Eka Sandi menyebut": a one-word portfolio right after a name word, with no capital after it, ends the name. */
  private portfolioEndsName(j: number): boolean {
    if (!this.g.rules.nameNextToVerb || !this.ts[j]?.alpha || this.ts[j]!.acronym) return false;
    const p = this.m(j, 'portfolio');
    const next = this.ts[j + 1];
    return !!p && p.end === j + 1 && !this.has(j, NAME_STOP) && !(next?.word && next.cap);
  }

  /** "al-Sauaryih", "bin Salman", "van Dijk": a lower-case particle inside a name. */
  protected particle(j: number): boolean {
    const t = this.ts[j];
    if (!t || !t.word || t.cap) return false;
    if (PARTICLE_GLUED.test(t.text) || PARTICLE_PREFIXED.test(t.text)) return true;
    return PARTICLES.has(t.lower) && this.nameWord(j + 1, false);
  }

  /** A Vietnamese name: a family name and one to three capitalised syllables. */
  protected viName(i: number): number | null {
    const t = this.ts[i];
    if (!t?.cap || !this.m(i, 'surname') || this.has(i, NOT_NAME_START)) return null;
    let j = i + 1;
    while (j - i <= 3 && this.syllable(j)) j++;
    return j - i >= 2 ? j : null;
  }

  protected syllable(j: number): boolean {
    const t = this.ts[j];
    return !!t && t.cap && t.alpha && !t.acronym && !this.has(j, NOT_SYLLABLE);
  }

  protected nameStarts(i: number): boolean {
    return this.g.rules.nameStyle === 'surname' && this.viName(i) !== null;
  }

  protected fullName(i: number, min: number): number | null {
    return this.g.rules.nameStyle === 'surname' ? this.viName(i) : this.latinName(i, min);
  }

  /** One name word used as a later reference ("ông Vũ", "Thứ trưởng Tuyên"): not followed by another capital. */
  protected shortName(i: number): number | null {
    const t = this.ts[i];
    // "anh Mỹ", "bà Nga": after an honorific a given name that is also a country is the name.
    const given = this.m(i, 'bareGiven') !== null && this.m(i - 1, 'honorific', false) !== null;
    // "ông N.T.B", "anh M.": after an honorific, initials name a person who is not named in full.
    const initials = !!t?.initial && this.m(i - 1, 'honorific', false) !== null;
    if (!t || !t.cap || !(t.alpha || initials) || (t.acronym && !initials) || this.orgShaped(i)) return null;
    if (this.has(i, NOT_SHORT_NAME) && !given) return null;
    if (this.g.rules.nameStyle === 'surname' && this.ts[i + 1]?.cap && this.ts[i + 1]?.word) return null;
    // "Hoa hậu Trái đất Việt Nam": after a title, a capital, a lower-case word no vocabulary knows and a capital
    // again are words of the title, not a name ("Tổng thống Trump cho biết", "Orban cuối tháng 1 nói" are names).
    const next = this.ts[i + 1];
    const afterTitle = this.g.rules.nameStyle === 'surname' && !this.m(i - 1, 'honorific', false);
    const titleWords = next?.word && !next.cap && !this.g.lex.starts(next.lower) && this.ts[i + 2]?.cap;
    if (afterTitle && titleWords) return null;
    return i + 1;
  }

  /** A run of capitalised words after a title, before a lower-case word: a foreign name ("Marc Knapper"). */
  protected foreignName(i: number): number | null {
    let j = i;
    while (j - i < 3 && this.ts[j]?.cap && this.ts[j]!.alpha && !this.ts[j]!.acronym && !this.has(j, NOT_NAME)) j++;
    if (j - i < 2) return null;
    const sep = this.is(j, ',') || DASHES.has(this.ts[j]?.text ?? '');
    const next = this.ts[sep ? j + 1 : j];
    // "Andrea Coppola (Ngân hàng Thế giới), …": the person's body in parentheses may follow the name.
    if (!sep && this.is(j, '(') && this.ts[j + 1]?.cap) return j;
    // "Y Te Bkrông, Hạt trưởng …": a title may follow the name's comma or dash.
    return next && next.word && (!next.cap || (sep && this.m(j + 1, 'title') !== null)) ? j : null;
  }

  /** A name after a title or an honorific: full, foreign, or one word. */
  protected nameAfter(i: number, d: Draft, titled: boolean): number | null {
    const full = this.fullName(i, 1);
    if (full !== null) {
      const single = full - i === 1 && this.g.rules.nameStyle !== 'surname';
      Object.assign(d, { name: this.slice(i, full), full: !single || (titled && this.g.rules.singleWordIsName) });
      if (single && !(titled && this.g.rules.singleWordIsName)) d.full = false;
      return full;
    }
    if (titled && this.g.rules.foreignNamesAfterTitle) {
      const f = this.foreignName(i);
      if (f !== null) {
        Object.assign(d, { name: this.slice(i, f), full: true, foreign: true });
        return f;
      }
    }
    const given = this.givenNamesAfterHonorific(i);
    if (given !== null) {
      Object.assign(d, { name: this.slice(i, given), full: false });
      return given;
    }
    const short = this.shortName(i);
    if (short !== null) Object.assign(d, { name: this.slice(i, short), full: false });
    return short;
  }

  /** "Ông Quốc Anh", "chị Ngọc Mai": after an honorific, two or three given names (even one that is a country). */
  private givenNamesAfterHonorific(i: number): number | null {
    if (!this.m(i - 1, 'honorific', false)) return null;
    let j = i;
    while (j - i < 3 && this.ts[j]?.cap && this.ts[j]!.alpha && (this.m(j, 'bareGiven') || this.m(j, 'surname'))) j++;
    return j - i >= 2 && !(this.ts[j]?.cap && this.ts[j]!.word) ? j : null;
  }

  // ---- organisations and places ----

  /** A place: an administrative unit and its name ("tỉnh Nam Định", "Kota Surabaya"), a known place or a country. */
  protected place(k: number): number | null {
    const known = this.m(k, 'place') ?? this.m(k, 'country');
    if (known) return known.end;
    const unit = this.m(k, 'adminUnit', false);
    if (unit) {
      let j = unit.end;
      if (this.is(j, '.')) j++;
      const placeWord = (x: number): boolean => !!this.ts[x]?.cap && this.ts[x]!.word && !this.has(x, NOT_SYLLABLE);
      const surnames = this.g.rules.nameStyle === 'surname';
      const known = this.m(j, 'place') ?? this.m(j, 'country');
      // "huyện Đức Hòa", "huyện Anh Sơn": a Vietnamese place whose first syllable is a country's name goes on.
      const countryHead = surnames && known && !this.m(j, 'place') && known.end === j + 1;
      if (countryHead && placeWord(j + 1) && !this.nameStarts(j + 1)) return j + 2;
      if (known) return known.end;
      const max = surnames ? 2 : 1;
      let e = j;
      while (e - j < max && placeWord(e) && !this.nameStarts(e)) e++;
      // "quận 8", "phường 12": a numbered unit.
      if (e === j && /^\d{1,3}$/u.test(this.ts[j]?.text ?? '')) e++;
      return e > j ? e : null;
    }
    return null;
  }

  /** An organisation: a known one, a head and what follows it, an acronym, or capitalised words and a tail word. */
  protected org(i: number, strict = true): number | null {
    const r = this.g.rules;
    // "the Ministry of Health": the longer of a known organisation and a head with what follows it.
    const known = this.m(i, 'org', strict);
    const head = this.m(i, 'orgHead', strict);
    const byHead = head ? this.orgRest(head.end, true) : null;
    const byKnown = known ? this.orgRest(known.end, false) : null;
    const inner = r.orgTails && this.m(i, 'determiner', false) && this.ts[i + 1]?.cap ? this.org(i + 1) : null;
    const best = Math.max(byHead !== null && head && byHead > head.end ? byHead : -1, byKnown ?? -1, inner ?? -1);
    if (best >= 0) return best;
    // "Bí thư Thành ủy | Nguyễn Văn Nên": a head named by a place is a whole body before a person's name.
    if (head && byHead === head.end && this.afterPlaceHead(head.end) && this.nameStarts(head.end)) return head.end;
    const portfolio = r.portfolios ? this.m(i, 'portfolio') : null;
    if (portfolio) return this.orgRest(portfolio.end, false);
    const t = this.ts[i];
    if (!t) return null;
    if (this.orgShaped(i)) return this.orgRest(i + 1, false);
    if (r.acronymOrgs && t.acronym && !t.initial && !this.has(i, NOT_ACRONYM_ORG)) return this.orgRest(i + 1, false);
    if (r.orgTails?.length && t.cap && !this.m(i, 'determiner', false)) {
      let k = i;
      // "SG Corporate & Investment Banking": an ampersand joins the words of one name.
      const inName = (x: number): boolean => (!!this.ts[x]?.cap && this.ts[x]!.word) || (x > i && this.is(x, '&'));
      while (k - i < 5 && inName(k) && !this.m(k, 'orgTail')) k++;
      let tail = this.m(k, 'orgTail');
      if (!tail) return null;
      let last = k;
      // "Ann Arbor Police Department", "Nomura Securities International": tail words in a row are one name.
      for (let next = this.m(tail.end, 'orgTail'); next; next = this.m(next.end, 'orgTail')) {
        last = tail.end;
        tail = next;
      }
      // "International Energy Agency": a tail word may open the name only when more tail words follow it.
      if (k === i && last === k) return null;
      // "Chicago Department of Aviation": a last word that heads a body takes its field after "of".
      return this.m(last, 'orgHead') ? this.orgRest(tail.end, true) : tail.end;
    }
    return null;
  }

  /** Token `j` follows a head whose body is named by a place ("Tỉnh ủy", "UBND"). */
  protected afterPlaceHead(j: number): boolean {
    return this.afterHeadIn(j, this.g.rules.placeHeads);
  }

  /** Token `j` follows one of `heads` (one to four tokens, as written). */
  protected afterHeadIn(j: number, heads: readonly string[] | undefined): boolean {
    if (!heads?.length) return false;
    for (let n = 1; n <= 4 && j - n >= 0; n++) if (heads.includes(this.slice(j - n, j))) return true;
    return false;
  }

  /**
   * With `fieldWords` ("về"): the end of a committee's field at k ("về phòng chống thiên tai"): the word, then one
   * to MAX_FIELD_WORDS lower-case words with no verb, stop word or speaker, right before a comma or a verb.
   */
  protected fieldEnd(k: number): number | null {
    if (!this.g.rules.fieldWords?.includes(this.ts[k]?.lower ?? '')) return null;
    let e = k + 1;
    while (e - k <= MAX_FIELD_WORDS) {
      const t = this.ts[e];
      if (!t) return null;
      if (e > k + 1 && (t.text === ',' || this.verbAt(e))) return e;
      if (!t.word || t.cap || this.m(e, 'runStop', false) || this.m(e, 'verb', false) || this.speakerStarts(e)) return null;
      e++;
    }
    return null;
  }

  /**
   * What continues an organisation's name: portfolios, places, acronyms, "(WHO)", "in Vietnam"; after a head
   * ("Sở", "Badan") also capitalised words and a few lower-case ones.
   */
  protected orgRest(j: number, afterHead: boolean): number {
    const r = this.g.rules;
    let k = j;
    let lowers = 0;
    let words = 0;
    let free = afterHead;
    let placed = false;
    const committee = afterHead && this.afterHeadIn(j, r.fieldHeads);
    for (;;) {
      // "Ban chỉ đạo Trung ương | về phòng chống thiên tai |, …": a committee's field, lower case to a comma or verb.
      const field = committee && words > 0 ? this.fieldEnd(k) : null;
      if (field !== null) {
        k = field;
        break;
      }
      if (this.is(k, '(') && (this.ts[k + 1]?.acronym || this.shortForm(k + 1)) && this.is(k + 2, ')')) {
        k += 3;
        // "Partai Persatuan Pembangunan (PPP) | Achmad Baidowi": the short form closes the body's name.
        if (r.parenClosesOrg === true) free = false;
        continue;
      }
      const shortTitle = words > 0 ? this.parenTitleEnd(k) : null;
      if (shortTitle !== null) {
        k = shortTitle;
        continue;
      }
      // "Công an xã X (huyện Y, tỉnh Z) cho biết": a parenthesis right before the verb is the body's.
      const beforeVerb = words > 0 ? this.parenBeforeVerb(k) : null;
      if (beforeVerb !== null) {
        k = beforeVerb;
        break;
      }
      // "UBND xã Chư Prông (Gia Lai)": where runs reach the verb, the province in parentheses is the body's.
      const inParens = r.runToVerb && this.is(k, '(') ? this.place(k + 1) : null;
      if (inParens !== null && this.is(inParens, ')')) {
        k = inParens + 1;
        continue;
      }
      const t = this.ts[k];
      if (!t || !t.word) break;
      // "Cục Hàng không Việt Nam | Uông Việt Dũng", but "Công ty Phương Anh": right after a head, a name is the body's.
      const person = r.nameStyle === 'surname' ? this.viName(k) : null;
      // After a head named by a place, three syllables are a person ("Thành ủy | Nguyễn Văn Nên"), two a place
      // ("Huyện ủy Lạc Sơn").
      const bodyName = afterHead && words === 0 && !(person !== null && person - k >= 3 && this.afterPlaceHead(j));
      if (person !== null && !bodyName) break;
      // "Hội | Nhà văn | Việt Nam": right after a Vietnamese head a title word names the body's members.
      const members = r.nameStyle === 'surname' && afterHead && words === 0 ? this.m(k, 'title') : null;
      if (members) {
        k = members.end;
        words++;
        continue;
      }
      if (this.m(k, 'title')) break;
      const link = this.m(k, 'link', false);
      if (link) {
        // "Ministry of Health", "Kedutaan Besar Indonesia di Hanoi", "Quỹ Nhi đồng Liên hợp quốc tại Việt Nam".
        let p = link.end;
        if (this.m(p, 'determiner', false)) p++;
        const pl = this.place(p);
        if (pl !== null) {
          k = pl;
          continue;
        }
        if (words === 0 && afterHead && this.ts[p]?.cap) {
          k = p;
          free = true;
          continue;
        }
        break;
      }
      const head = placed ? null : this.m(k, 'orgHead');
      const known = placed ? null : (this.m(k, 'portfolio') ?? this.m(k, 'org') ?? head);
      const pl = known ? null : this.place(k);
      // "Cục Hàng không Việt Nam | Uông Việt Dũng": a place ends a Vietnamese organisation's name.
      if (pl !== null && r.nameStyle === 'surname') placed = true;
      const end = known?.end ?? pl;
      if (end != null) {
        k = end;
        words++;
        lowers = 0;
        // "Bagian Protokoler Masjid | Istiqlal": a head inside the name takes a word of its own.
        free = head !== null || this.freeCaps(afterHead, words);
        continue;
      }
      if (this.m(k, 'conjunction', false) && words > 0 && this.ts[k + 1]?.cap && !this.m(k + 1, 'title')) {
        k++;
        free = true;
        continue;
      }
      if (placed) break;
      if (t.cap && (afterHead || t.acronym)) {
        const unknownName = r.nameStyle === 'capitalised' && !t.acronym && this.nameWord(k, true);
        // "Pihak Lion Air | menyatakan": capitals right after a head and running into the verb are its name.
        const run = unknownName && words === 0 ? this.runIntoVerb(k) : null;
        if (run !== null) {
          k = run;
          words++;
          continue;
        }
        if (unknownName && !free) break;
        if (r.nameStyle === 'capitalised' && !t.alpha && !t.acronym) break;
        k++;
        words++;
        lowers = 0;
        free = this.freeCaps(afterHead, words);
        continue;
      }
      if (afterHead && r.orgLowerWords && words > 0 && lowers < MAX_LOWER_WORDS && !this.has(k, LOWER_STOP)) {
        k++;
        lowers++;
        continue;
      }
      break;
    }
    return k;
  }

  /** With `parenShortForms`: "(Apkasindo)", "(Kadin)" after a body's name is its short form, like "(WHO)". */
  protected shortForm(k: number): boolean {
    const t = this.ts[k];
    return this.g.rules.parenShortForms === true && !!t && t.cap && t.alpha && !this.m(k, 'title');
  }

  /** With `parenShortForms`: "(APROBI)", "(Apkasindo)" at k, a body's short form in parentheses. */
  protected parenShort(k: number): boolean {
    if (this.g.rules.parenShortForms !== true || !this.is(k, '(') || !this.is(k + 2, ')')) return false;
    return this.ts[k + 1]!.acronym || this.shortForm(k + 1);
  }

  /** With `parenTitles`: past "(Kapuspen)", a title alone in parentheses at k; else null. */
  protected parenTitleEnd(k: number): number | null {
    if (this.g.rules.parenTitles !== true || !this.is(k, '(')) return null;
    const t = this.title(k + 1, true);
    return t && this.is(t.end, ')') ? t.end + 1 : null;
  }

  /** With `parenNicknames`: past "(Bamsoet)" right after a person's name ending at k; else k. */
  protected nicknameEnd(k: number): number {
    return this.g.rules.parenNicknames === true && this.parenShort(k) ? k + 3 : k;
  }

  /**
   * The end of capitals from `k` that run straight into a reporting verb, or null. With `parenShortForms` they may
   * end in a short form and a comma ("Asosiasi | Produsen Biofuels Indonesia (APROBI) | , menyebutkan").
   */
  protected runIntoVerb(k: number): number | null {
    let e = k;
    while (e - k < 4 && this.ts[e]?.cap && this.ts[e]!.word) e++;
    if (e > k && this.parenShort(e)) {
      const end = e + 3;
      return this.is(end, ',') || this.m(end, 'verb', false) !== null ? end : null;
    }
    return e > k && this.m(e, 'verb', false) !== null ? e : null;
  }

  /** English organisations after "of" take any capitalised words ("Ministry of Foreign Affairs"); others one. */
  protected freeCaps(afterHead: boolean, words: number): boolean {
    return afterHead && this.g.rules.orgTails !== undefined && words < 5;
  }

  // ---- titles ----

  protected title(i: number, strict: boolean): { end: number; title: string } | null {
    const t = this.m(i, 'title', strict);
    if (!t) return null;
    const surface = this.slice(i, t.end);
    let end = t.end;
    // "BS. Nguyễn Văn A", "Prof. Wiku": the dot of an abbreviated title.
    if (this.is(end, '.') && this.ts[end + 1]?.cap && this.ts[i]!.text.length <= 5) end++;
    return { end, title: this.canonTitle(surface) };
  }

  protected canonTitle(surface: string): string {
    const asWritten = !this.g.rules.lowerCaseTitles && surface.charAt(0) !== surface.charAt(0).toLowerCase();
    const flat = this.g.lex.canonical('title', surface, asWritten);
    return this.g.titleAliases.get(flat.toLowerCase()) ?? flat;
  }

  protected speakerStarts(k: number): boolean {
    const next = this.ts[k + 1];
    if (this.m(k, 'honorific', false) && next?.cap) return true;
    return this.viName(k) !== null || this.m(k, 'title') !== null;
  }

  /** Overridden where descriptions run to the verb (speaker-edges.ts). */
  protected parenBeforeVerb(_k: number): number | null {
    return null;
  }

  /** A reporting verb (after adverbs, or a comma) right before token `k`. */
  protected verbAt(k: number): boolean {
    const prev = this.ts[k - 1];
    if (!prev) return false;
    this.g.verbOnly.lastIndex = prev.end;
    return this.g.verbOnly.test(this.text);
  }
}
