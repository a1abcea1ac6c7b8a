import type { Grammar } from './grammar.js';
import type { Tag } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import type { SpeakerPhrase } from './types.js';

/*
 * The speaker grammar, over tokens tagged by the lexicon (longest match):
 *   phrase     := definite | titled | honorific | org | name | pronoun | bare
 *   titled     := former? org? TITLE tail (","? rank? NAME)? trailing-determiner?
 *   tail       := (link? det? ORG | link? det? PLACE)*          organisations and places of the title
 *   definite   := DET TITLE tail                                "the minister", "a spokesman for the US Embassy"
 *   honorific  := HONORIFIC NAME appositive?                     "ông Trần Văn Bình - giám đốc Sở Y tế -"
 *   name       := NAME appositive?                               "Bà Lê Thị Hoa, phó chủ tịch UBND huyện Gia Lâm,"
 *   appositive := ("," | dash | "(") former? det? possessive? TITLE tail (closing mark)?
 * A name is a family name and one to three syllables (vi), or capitalised words no vocabulary knows (id, en):
 * a portfolio, institution, party, place, weekday or month is never part of a name.
 */

const NOT_NAME: ReadonlySet<Tag> = new Set<Tag>([
  'title', 'honorific', 'pronoun', 'org', 'orgHead', 'orgTail', 'portfolio', 'place', 'adminUnit', 'country', 'notName',
  'determiner', 'trailingDeterminer', 'link', 'former', 'verb', 'adverb', 'conjunction',
]);
const NOT_NAME_START: ReadonlySet<Tag> = new Set<Tag>(['place', 'country', 'notName']);
const NOT_SYLLABLE: ReadonlySet<Tag> = new Set<Tag>(['title', 'org']);
const NOT_ACRONYM_ORG: ReadonlySet<Tag> = new Set<Tag>(['title', 'notName', 'country', 'place', 'honorific', 'pronoun']);
const LOWER_STOP: ReadonlySet<Tag> = new Set<Tag>(['verb', 'adverb', 'title', 'pronoun', 'honorific', 'link', 'determiner', 'former']);
const DASHES = new Set(['-', '–', '—']);
const PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'da', 'dos', 'du', 'la', 'le', 'al', 'el']);
const PARTICLE_GLUED = /^(?:al|el|ad|as|ar|an|at|bin|ibn)-\p{Lu}/u;
const POSSESSIVE = /^['’]s$/u;

interface Draft {
  title: string | null;
  org: string | null;
  name: string | null;
  full: boolean;
  foreign: boolean;
  form: SpeakerPhrase['form'];
  pronoun: boolean;
}

function draft(form: SpeakerPhrase['form']): Draft {
  return { title: null, org: null, name: null, full: false, foreign: false, form, pronoun: false };
}

export class SpeakerParser {
  private ts: readonly Token[] = [];
  private text = '';

  constructor(private readonly g: Grammar) {}

  /** Every speaker phrase of `text`, in order, none overlapping; `skip` tells which offsets to leave out. */
  phrases(text: string, skip: (pos: number) => boolean = () => false): SpeakerPhrase[] {
    this.text = text;
    this.ts = tokenize(text);
    const out: SpeakerPhrase[] = [];
    for (let i = 0; i < this.ts.length; ) {
      const t = this.ts[i]!;
      // Every phrase starts with a capital or a vocabulary word ("ông", "the", "giám đốc").
      const r = t.word && (t.cap || this.g.lex.starts(t.lower)) && !skip(t.start) ? this.parse(i) : null;
      if (!r) {
        i++;
        continue;
      }
      const [d, end] = r;
      const first = this.ts[i]!.start;
      const last = this.ts[end - 1]!;
      const body = text.slice(first, last.end);
      out.push({
        start: first,
        end: last.end,
        text: body.replace(/[\s,—–-]+$/u, ''),
        title: d.title,
        org: d.org,
        name: d.name,
        pronoun: d.pronoun,
        form: d.form,
        fullName: d.full,
        ...(d.foreign ? { foreignName: true } : {}),
      });
      i = end;
    }
    return out;
  }

  /** Whether `name` is a full name in this language ("Nguyễn Minh Vũ", "Retno Marsudi"; "Vũ" is not). */
  isFullName(name: string, single: boolean): boolean {
    const saved = [this.ts, this.text] as const;
    this.ts = tokenize(name);
    this.text = name;
    const n = this.ts.length;
    const end = this.g.rules.nameStyle === 'surname' ? this.viName(0) : this.latinName(0, 1);
    [this.ts, this.text] = saved;
    return end === n && (single || n > 1);
  }

  private parse(i: number): [Draft, number] | null {
    return this.definite(i) ?? this.titled(i) ?? this.honorific(i) ?? this.orgPhrase(i) ?? this.named(i) ?? this.pronoun(i) ?? this.bare(i);
  }

  private m(i: number, tag: Tag, strict = true): { end: number; written: string } | null {
    const r = this.g.lex.match(this.ts, i, tag, strict);
    return r ? { end: r.end, written: r.entry.written } : null;
  }

  private has(i: number, tags: ReadonlySet<Tag>): boolean {
    return this.g.lex.has(this.ts, i, tags);
  }

  private slice(a: number, b: number): string {
    return this.text.slice(this.ts[a]!.start, this.ts[b - 1]!.end).replace(/\s+/gu, ' ');
  }

  /**
   * An organisation's name without a leading determiner or a trailing location ("the US Embassy in Hanoi" →
   * "US Embassy"; "the Ministry of Health" keeps its "of").
   */
  private orgText(a: number, b: number): string {
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

  private is(i: number, s: string): boolean {
    return this.ts[i]?.text === s;
  }

  // ---- names ----

  /** A capitalised word no vocabulary knows. */
  private nameWord(i: number, first: boolean): boolean {
    const t = this.ts[i];
    if (!t || !t.cap || !(t.alpha || t.initial)) return false;
    if (t.acronym && !t.initial && (first || t.text.length > 1)) return false;
    return !this.has(i, NOT_NAME);
  }

  private latinName(i: number, min: number): number | null {
    if (!this.nameWord(i, true)) return null;
    let j = i + 1;
    while (j - i < 5 && (this.nameWord(j, false) || this.particle(j))) j++;
    return j - i >= min ? j : null;
  }

  /** "al-Sauaryih", "bin Salman", "van Dijk": a lower-case particle inside a name. */
  private particle(j: number): boolean {
    const t = this.ts[j];
    if (!t || !t.word || t.cap) return false;
    if (PARTICLE_GLUED.test(t.text)) return true;
    return PARTICLES.has(t.lower) && this.nameWord(j + 1, false);
  }

  /** A Vietnamese name: a family name and one to three capitalised syllables. */
  private viName(i: number): number | null {
    const t = this.ts[i];
    if (!t?.cap || !this.m(i, 'surname') || this.has(i, NOT_NAME_START)) return null;
    let j = i + 1;
    while (j - i <= 3 && this.syllable(j)) j++;
    return j - i >= 2 ? j : null;
  }

  private syllable(j: number): boolean {
    const t = this.ts[j];
    return !!t && t.cap && t.alpha && !t.acronym && !this.has(j, NOT_SYLLABLE);
  }

  private nameStarts(i: number): boolean {
    return this.g.rules.nameStyle === 'surname' && this.viName(i) !== null;
  }

  private fullName(i: number, min: number): number | null {
    return this.g.rules.nameStyle === 'surname' ? this.viName(i) : this.latinName(i, min);
  }

  /** One name word used as a later reference ("ông Vũ", "Thứ trưởng Tuyên"): not followed by another capital. */
  private shortName(i: number): number | null {
    const t = this.ts[i];
    if (!t || !t.cap || !t.alpha || t.acronym || this.has(i, NOT_NAME)) return null;
    if (this.g.rules.nameStyle === 'surname' && this.ts[i + 1]?.cap && this.ts[i + 1]?.word) return null;
    return i + 1;
  }

  /** A run of capitalised words after a title, before a lower-case word: a foreign name ("Marc Knapper"). */
  private foreignName(i: number): number | null {
    let j = i;
    while (j - i < 3 && this.ts[j]?.cap && this.ts[j]!.alpha && !this.ts[j]!.acronym && !this.has(j, NOT_NAME)) j++;
    if (j - i < 2) return null;
    const next = this.ts[this.is(j, ',') ? j + 1 : j];
    return next && next.word && !next.cap ? j : null;
  }

  /** A name after a title or an honorific: full, foreign, or one word. */
  private nameAfter(i: number, d: Draft, titled: boolean): number | null {
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
    const short = this.shortName(i);
    if (short !== null) Object.assign(d, { name: this.slice(i, short), full: false });
    return short;
  }

  // ---- organisations and places ----

  /** A place: an administrative unit and its name ("tỉnh Nam Định", "Kota Surabaya"), a known place or a country. */
  private place(k: number): number | null {
    const known = this.m(k, 'place') ?? this.m(k, 'country');
    if (known) return known.end;
    const unit = this.m(k, 'adminUnit', false);
    if (unit) {
      let j = unit.end;
      if (this.is(j, '.')) j++;
      const known = this.m(j, 'place') ?? this.m(j, 'country');
      if (known) return known.end;
      const max = this.g.rules.nameStyle === 'surname' ? 2 : 1;
      let e = j;
      while (e - j < max && this.ts[e]?.cap && this.ts[e]!.word && !this.has(e, NOT_SYLLABLE) && !this.nameStarts(e)) e++;
      return e > j ? e : null;
    }
    return null;
  }

  /** An organisation: a known one, a head and what follows it, an acronym, or capitalised words and a tail word. */
  private org(i: number, strict = true): number | null {
    const r = this.g.rules;
    // "the Ministry of Health": the longer of a known organisation and a head with what follows it.
    const known = this.m(i, 'org', strict);
    const head = this.m(i, 'orgHead', strict);
    const byHead = head ? this.orgRest(head.end, true) : null;
    const byKnown = known ? this.orgRest(known.end, false) : null;
    if (byHead !== null && head && byHead > head.end && (byKnown === null || byHead > byKnown)) return byHead;
    if (byKnown !== null) return byKnown;
    if (r.orgTails && this.m(i, 'determiner', false) && this.ts[i + 1]?.cap) {
      const inner = this.org(i + 1);
      if (inner !== null) return inner;
    }
    const portfolio = r.portfolios ? this.m(i, 'portfolio') : null;
    if (portfolio) return this.orgRest(portfolio.end, false);
    const t = this.ts[i]!;
    if (r.acronymOrgs && t.acronym && !t.initial && !this.has(i, NOT_ACRONYM_ORG)) return this.orgRest(i + 1, false);
    if (r.orgTails?.length && t.cap && !this.m(i, 'determiner', false)) {
      let k = i;
      while (k - i < 4 && this.ts[k]?.cap && this.ts[k]!.word && !this.m(k, 'orgTail')) k++;
      const tail = this.m(k, 'orgTail');
      if (tail && k > i) return tail.end;
    }
    return null;
  }

  /**
   * What continues an organisation's name: portfolios, places, acronyms, "(WHO)", "in Vietnam"; after a head
   * ("Sở", "Badan") also capitalised words and a few lower-case ones.
   */
  private orgRest(j: number, afterHead: boolean): number {
    const r = this.g.rules;
    let k = j;
    let lowers = 0;
    let words = 0;
    let free = afterHead;
    let placed = false;
    for (;;) {
      if (this.is(k, '(') && this.ts[k + 1]?.acronym && this.is(k + 2, ')')) {
        k += 3;
        continue;
      }
      const t = this.ts[k];
      if (!t || !t.word) break;
      if (r.nameStyle === 'surname' && this.viName(k) !== null) break;
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
        const run = unknownName && !free && words === 0 ? this.runIntoVerb(k) : null;
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
      if (afterHead && r.orgLowerWords && words > 0 && lowers < 3 && !this.has(k, LOWER_STOP)) {
        k++;
        lowers++;
        continue;
      }
      break;
    }
    return k;
  }

  /** The end of capitals from `k` that run straight into a reporting verb, or null. */
  private runIntoVerb(k: number): number | null {
    let e = k;
    while (e - k < 4 && this.ts[e]?.cap && this.ts[e]!.word) e++;
    return e > k && this.m(e, 'verb', false) !== null ? e : null;
  }

  /** English organisations after "of" take any capitalised words ("Ministry of Foreign Affairs"); others one. */
  private freeCaps(afterHead: boolean, words: number): boolean {
    return afterHead && this.g.rules.orgTails !== undefined && words < 5;
  }

  // ---- titles ----

  private title(i: number, strict: boolean): { end: number; title: string } | null {
    const t = this.m(i, 'title', strict);
    if (!t) return null;
    const surface = this.slice(i, t.end);
    let end = t.end;
    // "BS. Nguyễn Văn A", "Prof. Wiku": the dot of an abbreviated title.
    if (this.is(end, '.') && this.ts[end + 1]?.cap && this.ts[i]!.text.length <= 5) end++;
    return { end, title: this.canonTitle(surface) };
  }

  private canonTitle(surface: string): string {
    const asWritten = !this.g.rules.lowerCaseTitles && surface.charAt(0) !== surface.charAt(0).toLowerCase();
    const flat = this.g.lex.canonical('title', surface, asWritten);
    return this.g.titleAliases.get(flat.toLowerCase()) ?? flat;
  }

  /** The organisations and places after a title: "Bộ Y tế", "UBND TP Hà Nội", "Jawa Barat", "of Health", "in Vietnam". */
  private tail(j: number, d: Draft): number {
    const orgs: string[] = d.org ? [d.org] : [];
    for (let round = 0; round < 4; round++) {
      let k = j;
      const link = this.m(k, 'link', false);
      if (link) k = link.end;
      if (link && this.m(k, 'determiner', false)) k++;
      const o = this.m(k, 'adminUnit', false) ? null : this.org(k, !link);
      if (o !== null) {
        orgs.push(this.orgText(k, o));
        j = o;
        continue;
      }
      const pl = this.place(k);
      if (pl !== null) {
        if (!link && !this.m(k, 'country')) orgs.push(this.slice(k, pl));
        j = pl;
        continue;
      }
      break;
    }
    d.org = orgs.length ? orgs.join(' ') : null;
    return j;
  }

  private titled(i: number): [Draft, number] | null {
    const d = draft('titled');
    let k = i;
    const former = this.m(k, 'former', false);
    if (former) k = former.end;
    let t = this.title(k, true);
    if (!t) {
      // "Cochilco vice president Patricio Cartagena": an unknown name before a lower-case title is its organisation.
      const o = this.org(k) ?? (this.g.rules.lowerCaseTitles && this.nameWord(k, true) && this.lowerTitle(k + 1) ? k + 1 : null);
      t = o !== null ? this.title(o, true) : null;
      if (!t || o === null) return null;
      d.org = this.orgText(k, o);
    }
    d.title = t.title;
    let j = this.tail(t.end, d);
    // "Đại diện | Pfizer Việt Nam | cam kết": capitals right before a lower-case word complete the organisation.
    const named = this.nameSlot(j, d);
    if (named !== null) j = named;
    else if (this.g.rules.foreignNamesAfterTitle) j = this.capitalsAsOrg(j, d);
    if (!d.name) {
      const det = this.m(j, 'trailingDeterminer', false);
      if (det) j = det.end;
    }
    const app = d.name ? this.appositive(j, d) : null;
    return [d, app ?? j];
  }

  private lowerTitle(k: number): boolean {
    const t = this.ts[k];
    return !!t && !t.cap && this.m(k, 'title') !== null;
  }

  private nameSlot(j: number, d: Draft): number | null {
    let k = j;
    if (this.is(k, ',')) k++;
    // "Bộ trưởng Bộ Y tế, GS.TS Nguyễn Thanh Long", "Kepala Satgas Covid-19 Letjen Ganip Warsito".
    const rank = this.title(k, true);
    const at = rank ? rank.end : k;
    const probe = draft('titled');
    const end = this.nameAfter(at, probe, true);
    if (end === null || (k > j && !probe.full && !rank)) return null;
    if (rank && !probe.full) return null;
    Object.assign(d, { name: probe.name, full: probe.full, foreign: probe.foreign });
    return end;
  }

  private capitalsAsOrg(j: number, d: Draft): number {
    let k = j;
    while (this.ts[k]?.cap && this.ts[k]!.word) k++;
    const next = this.ts[k];
    if (k === j || !next?.word || next.cap) return j;
    const words = this.slice(j, k);
    const country = this.m(j, 'country');
    if (!(country && country.end === k)) d.org = d.org ? `${d.org} ${words}` : words;
    return k;
  }

  private definite(i: number): [Draft, number] | null {
    const det = this.m(i, 'determiner', false);
    if (!det) return null;
    const t = this.title(det.end, false);
    if (!t) return null;
    const d = draft('definite');
    d.title = t.title;
    return [d, this.tail(t.end, d)];
  }

  private honorific(i: number): [Draft, number] | null {
    const h = this.m(i, 'honorific', false);
    if (!h) return null;
    const d = draft('honorific');
    // "ông Kevin Koh": after an honorific, as after a title, capitalised words may be a foreign name.
    const end = this.nameAfter(h.end, d, this.g.rules.foreignNamesAfterTitle);
    if (end === null) return null;
    if (d.name && !d.full) d.full = this.fullName(h.end, 2) === end;
    return [d, this.appositive(end, d) ?? end];
  }

  private orgPhrase(i: number): [Draft, number] | null {
    // "Iran cảnh báo", "Seoul cho biết": a state speaks through its name or its capital.
    const state = this.m(i, 'country') ?? this.m(i, 'place');
    const prev = this.ts[i - 1];
    // An organisation after a preposition is not the subject ("HLV X của Thái Lan khẳng định"); a state speaks
    // only as the sentence's subject, first or after a comma.
    if (prev && this.m(i - 1, 'preposition', false)) return null;
    const asState = state && !POSSESSIVE.test(this.ts[state.end]?.text ?? '') && (!prev || prev.text === ',' || prev.text === '\n');
    const o = this.org(i) ?? (asState ? state.end : null);
    if (o === null) return null;
    const d = draft('org');
    d.org = this.orgText(i, o);
    return [d, o];
  }

  /** A bare name does not start right after another capitalised word ("Bali | United"). */
  private afterCapital(i: number): boolean {
    const prev = this.ts[i - 1];
    return !!prev && prev.cap && prev.word && prev.end + 1 >= this.ts[i]!.start;
  }

  private named(i: number): [Draft, number] | null {
    if (this.afterCapital(i)) return null;
    const end = this.fullName(i, this.g.rules.minBareNameWords);
    if (end === null) return null;
    const d = draft('name');
    Object.assign(d, { name: this.slice(i, end), full: true });
    return [d, this.appositive(end, d) ?? end];
  }

  private pronoun(i: number): [Draft, number] | null {
    const p = this.m(i, 'pronoun', false);
    if (!p) return null;
    const d = draft('pronoun');
    d.pronoun = true;
    return [d, p.end];
  }

  private bare(i: number): [Draft, number] | null {
    if (!this.g.rules.bareShortNames || !this.nameWord(i, true) || this.afterCapital(i)) return null;
    const d = draft('name');
    d.name = this.ts[i]!.text;
    return [d, this.appositive(i + 1, d) ?? i + 1];
  }

  /** ", Phó Chủ tịch UBND tỉnh Bình Dương," / " - giám đốc Sở Y tế tỉnh Nam Định -" / ", Indonesia's foreign minister,". */
  private appositive(j: number, d: Draft): number | null {
    const open = this.ts[j]?.text ?? '';
    if (open !== ',' && open !== '(' && !DASHES.has(open)) return null;
    let k = j + 1;
    const former = this.m(k, 'former', false);
    if (former) k = former.end;
    const det = this.m(k, 'determiner', false);
    if (det) k = det.end;
    if (this.ts[k]?.cap && POSSESSIVE.test(this.ts[k + 1]?.text ?? '')) k += 2;
    const t = this.title(k, false);
    // "Kevin Brady, a Texas Republican, said", "Irons, whose film …, said": a description that is no title.
    if (!t) return (det || this.m(k, 'relative', false)) && this.g.rules.appositiveClosed ? this.description(k) : null;
    const a = draft('appositive');
    let e: number | null = this.tail(t.end, a);
    if (DASHES.has(open)) {
      if (DASHES.has(this.ts[e]?.text ?? '')) e++;
    } else if (open === '(') {
      if (!this.is(e, ')')) return null;
      e++;
    } else if (!this.is(e, ',') && !this.m(e, 'verb', false)) {
      const closed = this.description(e);
      e = closed !== null && this.is(closed, ',') ? closed : this.g.rules.appositiveClosed ? closed : e;
    }
    if (e === null) return null;
    if (!d.title || this.g.looseTitles.has(d.title.toLowerCase())) {
      d.title = t.title;
      d.org = a.org ?? d.org;
    } else d.org ??= a.org;
    return e;
  }

  /** The end of a short description running to a comma or the sentence's end, with no verb or quote in it. */
  private description(k: number): number | null {
    for (let e = k; e < k + 24; e++) {
      const t = this.ts[e];
      if (!t) return e > k ? e : null;
      if (t.text === ',' || t.text === '.') return e > k ? e : null;
      if (!t.word || this.m(e, 'verb', false)) return null;
    }
    return null;
  }
}
