import { SpeakerEdges } from './speaker-edges.js';
import { DASHES, draft, POSSESSIVE, type Draft } from './speaker-words.js';
import { tokenize } from './tokens.js';
import type { Tag } from './lexicon.js';
import type { SpeakerPhrase } from './types.js';

/** What a one-word title read as a surname may not also be. */
const NOT_SURNAME: ReadonlySet<Tag> = new Set<Tag>(['org', 'orgHead', 'place', 'country', 'notName', 'adminUnit']);

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

export class SpeakerParser extends SpeakerEdges {
  /** Every speaker phrase of `text`, in order, none overlapping; `skip` tells which offsets to leave out. */
  phrases(text: string, skip: (pos: number) => boolean = () => false): SpeakerPhrase[] {
    this.text = text;
    this.ts = tokenize(text);
    const out: SpeakerPhrase[] = [];
    let floor = 0;
    for (let i = 0; i < this.ts.length; ) {
      const t = this.ts[i]!;
      // Every phrase starts with a capital or a vocabulary word ("ông", "the", "giám đốc").
      const r = t.word && (t.cap || this.g.lex.starts(t.lower)) && !skip(t.start) ? this.parse(i) : null;
      if (!r) {
        // "Quy định mới của | Ban Bí thư | nhấn mạnh": a body no phrase takes is skipped whole, title and all.
        const body = t.word && t.cap && !skip(t.start) ? this.org(i) : null;
        // "văn bản của | Bộ Xây dựng | nêu rõ": a body after a preposition is an object, none of its words a speaker.
        const object =
          body !== null &&
          this.g.rules.prepositionObjects === true &&
          this.m(i - 1, 'preposition', false) !== null &&
          !this.afterAccordingTo(i) &&
          !this.afterSourceLead(i);
        i = body !== null && (object || this.titleInside(i + 1, body)) ? body : i + 1;
        continue;
      }
      const [d, end] = r;
      if (d.unsure) {
        i = end;
        continue;
      }
      const first = this.ts[this.titleModifiersBefore(i, floor, d)]!.start;
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
      i = floor = end;
    }
    return out;
  }

  /**
   * With `titleModifiers`: '"…," says study author Jane Roe', '…, said lead researcher Jane Roe': lower-case words
   * before a lower-case title and a full name, right after a verb, a comma or the sentence's start, belong to the
   * title. The phrase then starts at them, so the verb before it is the speaker's. Returns the phrase's first token.
   */
  private titleModifiersBefore(i: number, floor: number, d: Draft): number {
    const most = this.g.rules.titleModifiers ?? 0;
    if (most === 0 || d.form !== 'titled' || !d.full || !d.title || !this.lowerTitle(i)) return i;
    let k = i;
    while (i - k < most && k - 1 >= floor && this.titleModifier(k - 1)) k--;
    const before = this.ts[k - 1];
    const opens = !before || before.text === ',' || before.text === '\n' || this.m(k - 1, 'verb', false) !== null;
    if (k === i || !opens) return i;
    d.title = this.slice(k, this.m(i, 'title')?.end ?? i + 1);
    return k;
  }

  /** A lower-case word that may describe a title ("study", "lead", "senior"): no verb, function word or title. */
  private titleModifier(k: number): boolean {
    const t = this.ts[k];
    return !!t && t.alpha && !t.cap && this.plainWord(k, false) && this.m(k, 'title', false) === null;
  }

  /** Whether `name` is a full name in this language ("Nguyễn Minh Vũ", "Retno Marsudi"; "Vũ" is not). */
  isFullName(name: string, single: boolean): boolean {
    const saved = [this.ts, this.text] as const;
    this.ts = tokenize(name);
    this.text = name;
    const n = this.ts.length;
    let end = this.g.rules.nameStyle === 'surname' ? this.viName(0) : this.latinName(0, 1);
    if (end === 1 && n === 2 && this.titleAsSurname(1)) end = 2;
    [this.ts, this.text] = saved;
    return end === n && (single || n > 1);
  }

  private parse(i: number): [Draft, number] | null {
    return (
      this.definite(i) ?? this.titled(i) ?? this.honorific(i) ?? this.orgPhrase(i) ?? this.named(i) ?? this.pronoun(i) ?? this.bare(i)
    );
  }

  private tail(j: number, d: Draft): number {
    const orgs: string[] = d.org ? [d.org] : [];
    for (let round = 0; round < 4; round++) {
      let k = j;
      if (this.joinsUnit(k, orgs.length > 0)) k++;
      const link = this.m(k, 'link', false);
      if (link) k = link.end;
      if (link && this.m(k, 'determiner', false)) k++;
      const o = this.m(k, 'adminUnit', false) && !this.m(k, 'orgHead') ? null : this.org(k, !link);
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

  /** "Direktur Keuangan | dan | Investasi BPJS …": a conjunction after a body or a portfolio, then another one. */
  private joinsUnit(k: number, afterBody: boolean): boolean {
    if (!this.g.rules.joinedUnits || !this.m(k, 'conjunction', false)) return false;
    return (afterBody || this.m(k - 1, 'portfolio') !== null) && this.org(k + 1) !== null;
  }

  private titled(i: number): [Draft, number] | null {
    const d = draft('titled');
    let k = i;
    const former = this.m(k, 'former', false);
    if (former) k = former.end;
    // "Cựu đội trưởng Roy Keane": after "former" a title may be in lower case.
    let t = this.title(k, !former);
    if (!t) {
      // "Cochilco vice president Patricio Cartagena": an unknown name before a lower-case title is its organisation.
      const o = this.org(k) ?? this.unknownOrgEnd(k);
      t = o !== null ? this.title(o, true) : null;
      if (!t || o === null) return null;
      d.org = this.orgText(k, o);
    }
    d.title = t.title;
    let j = this.tail(t.end, d);
    const unit = this.g.rules.unitCommaName ? this.unitThenName(j) : null;
    if (unit) {
      d.org = [d.org, this.slice(j, unit.comma)].filter(Boolean).join(' ');
      Object.assign(d, { name: this.slice(unit.comma + 1, unit.end), full: true });
    }
    // "Đại diện | Pfizer Việt Nam | cam kết": capitals right before a lower-case word complete the organisation.
    let named = unit ? unit.end : this.nameSlot(j, d);
    // "đại diện | Chesterton": one word after such a title is the body represented.
    if (named !== null && !d.full && this.g.rules.orgNameTitles?.includes(t.title.toLowerCase())) named = d.name = null;
    const ranked = named !== null && !unit ? this.rankedName(named) : null;
    if (ranked) {
      d.org = [d.org, this.slice(j, named!)].filter(Boolean).join(' ');
      Object.assign(d, { name: this.slice(ranked.name, ranked.end), full: true });
      named = ranked.end;
    }
    const later = named !== null && !unit && !ranked ? this.nameNextToVerb(named) : null;
    if (later) {
      d.org = [d.org, this.slice(j, later[0])].filter(Boolean).join(' ');
      Object.assign(d, { name: this.slice(later[0], later[1]), full: true });
      named = later[1];
    }
    // "Direktur Keuangan & Strategi Bank Mandiri | Sigit Prastowo | mengatakan": a name closing a long unit chain.
    const stuck = named === null || (!later && !ranked && !this.verbAt(named) && this.ts[named]?.cap === true);
    const chain = stuck && !unit ? this.chainNameAtVerb(j) : null;
    if (chain) {
      const unitWords = this.slice(j, chain.name).replace(/^[&\s]+/u, '');
      d.org = [d.org, unitWords].filter(Boolean).join(' ') || null;
      Object.assign(d, { name: this.slice(chain.name, chain.end), full: true });
      named = chain.end;
    }
    if (named !== null && !d.full && d.name && this.titleAsSurname(named)) {
      Object.assign(d, { name: this.slice(named - 1, named + 1), full: true });
      named++;
    }
    if (named !== null) named = this.nicknameEnd(named);
    if (named !== null) j = this.affiliation(named, d);
    else if (this.g.rules.foreignNamesAfterTitle) j = this.capitalsAsOrg(j, d);
    if (!d.name) {
      const det = this.m(j, 'trailingDeterminer', false);
      if (det) j = det.end;
      // "lãnh đạo | phòng cảnh sát PCCC số 8 | cho hay": what stands between a bare title and the verb is its unit.
      const run = this.runToVerb(j, false);
      if (run !== null && run > j) {
        // "Lãnh đạo lực lượng người Kurd tại Syria | Mazloum Abdi | ngày 20.8 cho biết": a name closing the run.
        const at = this.nameEndingAt(j, run);
        if (this.unknownCapitals(j, at) >= 2) d.unsure = true;
        const unit = at > j ? this.slice(j, at) : null;
        if (unit) d.org = d.org ? `${d.org} ${unit}` : unit;
        if (at < run) Object.assign(d, { name: this.slice(at, run), full: true, foreign: true });
        j = run;
      }
    }
    const app = d.name ? (this.appositive(j, d) ?? this.describedToVerb(j)) : null;
    return [d, app ?? this.nameRun(j, d)];
  }

  /**
   * With `definiteModifiers`: "a senior administration | official", "a New Hampshire | Republican". Not inside a
   * description ("an official with a background screening company said"), nor over a body's name ("the Energy
   * Commission staff" is the Commission's).
   */
  private titleAfterModifiers(k: number): { end: number; title: string } | null {
    const most = this.g.rules.definiteModifiers ?? 0;
    for (let n = 1; n <= most && this.plainWord(k + n - 1, false); n++) {
      if (this.m(k + n - 1, 'orgTail', false) || this.m(k + n - 1, 'orgHead', false)) return null;
      const t = this.title(k + n, false);
      if (t) return t;
    }
    return null;
  }

  /** A word that may describe a title (no verb, determiner, pronoun, link …); with `linking`, one of those links. */
  private plainWord(k: number, linking: boolean): boolean {
    if (linking) return this.m(k, 'link', false) !== null || this.m(k, 'preposition', false) !== null;
    if (!this.ts[k]?.alpha) return false;
    const kinds = ['verb', 'determiner', 'pronoun', 'link', 'conjunction', 'preposition', 'adverb'] as const;
    return kinds.every((kind) => this.m(k, kind, false) === null);
  }

  /** "Cochilco vice president X", "Fianna Fail lawmaker X": unknown capitalised words before a lower-case title. */
  private unknownOrgEnd(k: number): number | null {
    if (!this.g.rules.lowerCaseTitles) return null;
    const most = this.g.rules.unknownOrgWords ?? 1;
    for (let n = 1; n <= most && this.nameWord(k + n - 1, n === 1); n++) {
      if (this.lowerTitle(k + n)) return k + n;
    }
    return null;
  }

  /** "chị Nguyễn Thị Thảo | nhà quận Bình Thạnh | chia sẻ": a few words about a named speaker before the verb. */
  private nameRun(j: number, d: Draft): number {
    if (!d.name) return j;
    const run = this.runToVerb(j, true);
    return run !== null && run > j ? run : j;
  }

  /**
   * "Analis PT Mirae Asset Sekuritas | Indonesia | Tasrul Tanar menuturkan": after an organisation word, place or
   * country, a full name reaching the verb or a comma is the name, and what was taken for one is the organisation's.
   */
  private nameNextToVerb(j: number): [number, number] | null {
    if (!this.g.rules.nameNextToVerb) return null;
    let k = j;
    let orgWord = false;
    for (;;) {
      // "Asosiasi Petani Kelapa Sawit Indonesia | (Apkasindo) | Anizar Simanjuntak mengatakan".
      if (this.parenShort(k)) {
        orgWord = true;
        k += 3;
        continue;
      }
      if (!(k < j + 8 && this.ts[k]?.word && this.ts[k]!.cap)) break;
      const known = this.m(k, 'place') ?? this.m(k, 'country') ?? this.m(k, 'portfolio') ?? this.m(k, 'org');
      if (known || this.ts[k]!.acronym) {
        orgWord = true;
        k = known?.end ?? k + 1;
        continue;
      }
      const run = this.latinName(k, 2);
      if (run === null) return null;
      if (orgWord && (this.is(run, ',') || this.m(run, 'verb', false) || this.m(run, 'adverb', false))) return [k, run];
      if (orgWord && this.g.rules.nameNextToLower === true && this.lowerOrEnd(run)) return [k, run];
      k = run;
    }
    return null;
  }

  /** A lower-case word, the sentence's end or the text's end stands at k ("… Ibrahim Assuaibi | di Jakarta"). */
  private lowerOrEnd(k: number): boolean {
    const t = this.ts[k];
    return !t || this.is(k, '.') || (t.word && !t.cap);
  }

  private lowerTitle(k: number): boolean {
    const t = this.ts[k];
    return !!t && !t.cap && this.m(k, 'title') !== null;
  }

  /**
   * "Senator Angus King said": after a title, one given name and a capitalised one-word title that heads no name of
   * its own (no capital, link or preposition after it) make a full name; the second word is the surname.
   */
  private titleAsSurname(k: number): boolean {
    const t = this.ts[k];
    const title = this.m(k, 'title');
    if (this.g.rules.nameStyle !== 'capitalised' || !t?.cap || !t.alpha || t.acronym || title?.end !== k + 1) return false;
    if (this.has(k, NOT_SURNAME) || !this.ts[k - 1]?.cap) return false;
    const next = this.ts[k + 1];
    return !(next?.word && next.cap) && !this.m(k + 1, 'link', false) && !this.m(k + 1, 'preposition', false);
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

  /** "HLV Anthony Hudson | của Thái Lan | khẳng định": a known organisation or place the name belongs to. */
  private affiliation(j: number, d: Draft): number {
    const link = this.m(j, 'link', false);
    if (!link || this.is(j + 1, ',')) return j;
    const any = this.g.rules.affiliationOrgs === true;
    const at = any ? (this.m(link.end, 'determiner', false)?.end ?? link.end) : link.end;
    const end = this.m(at, 'org')?.end ?? this.place(at) ?? (any ? this.org(at) : null);
    if (end === null || end === undefined || !this.m(end, 'verb', false)) return j;
    d.org ??= this.slice(at, end);
    return end;
  }

  private capitalsAsOrg(j: number, d: Draft): number {
    let k = j;
    while (this.ts[k]?.cap && this.ts[k]!.word) k++;
    const next = this.ts[k];
    // "Theo trưởng phòng CSGT Công an tỉnh Quảng Nam Hoàng Minh Thống, …": a name may close them at a comma.
    if (k > j && this.is(k, ',') && this.g.rules.nameStyle === 'surname') {
      const at = this.nameClosing(j, k, d);
      if (at === k || !d.name) return j;
      d.org = d.org ? `${d.org} ${this.slice(j, at)}` : this.slice(j, at);
      return k;
    }
    if (k === j || !next?.word || next.cap) return j;
    const at = this.nameClosing(j, k, d);
    if (at === j) return k;
    const words = this.slice(j, at);
    const country = this.m(j, 'country');
    if (!(country && country.end === at)) d.org = d.org ? `${d.org} ${words}` : words;
    return k;
  }


  private definite(i: number): [Draft, number] | null {
    const det = this.m(i, 'determiner', false);
    if (!det) return null;
    // "a Singapore-based spokesman", "the British producer": one capitalised word before the title.
    const adjective = this.ts[det.end]?.cap && !this.m(det.end, 'title', false) ? 1 : 0;
    const t =
      this.title(det.end + adjective, false) ??
      (adjective ? null : this.title(det.end, false)) ??
      (this.plainWord(i - 1, true) ? null : this.titleAfterModifiers(det.end));
    if (!t) return null;
    const d = draft('definite');
    d.title = t.title;
    const j = this.tail(t.end, d);
    const end = d.org ? j : this.unknownOrg(j, d);
    const close = this.m(end, 'trailingDeterminer', false)?.end ?? end;
    return [d, this.groupRun(close) ?? close];
  }

  /** "a spokesman for Google said": capitalised words after a link word, right before a verb, are the organisation. */
  private unknownOrg(j: number, d: Draft): number {
    const link = this.m(j, 'link', false);
    if (!link) return j;
    let k = link.end;
    while (k - link.end < 3 && this.nameWord(k, k === link.end)) k++;
    if (k === link.end || !this.m(k, 'verb', false)) return this.affiliationPhrase(link.end, d) ?? j;
    d.org = this.slice(link.end, k);
    return k;
  }

  /**
   * With `affiliationPhraseWords`: "a spokesman for the ambulance service said", "a spokeswoman for the Service
   * Employees International Union said", "a spokesman for Nebraska Medicine told": the words after the link word
   * (a determiner, or a capital first) right up to the verb are the organisation.
   */
  private affiliationPhrase(at: number, d: Draft): number | null {
    const most = this.g.rules.affiliationPhraseWords ?? 0;
    const det = this.m(at, 'determiner', false);
    const from = det?.end ?? at;
    if (most === 0 || (!det && !this.ts[from]?.cap)) return null;
    let k = from;
    while (k - from < most && this.orgWord(k)) k++;
    if (k === from || !this.m(k, 'verb', false)) return null;
    d.org = this.slice(from, k);
    return k;
  }

  /** A word that may stand in an organisation's description: no verb, function word or relative. */
  private orgWord(k: number): boolean {
    if (!this.ts[k]?.alpha) return false;
    const kinds = ['verb', 'determiner', 'pronoun', 'link', 'conjunction', 'preposition', 'adverb', 'relative'] as const;
    return kinds.every((kind) => this.m(k, kind, false) === null);
  }

  private honorific(i: number): [Draft, number] | null {
    const h = this.m(i, 'honorific', false);
    // "TP Bà Rịa", "phường Bà Chiểu": after an administrative unit an honorific opens a place's name.
    if (!h || this.notPersonAt(i)) return null;
    const d = draft('honorific');
    // "ông Kevin Koh": after an honorific, as after a title, capitalised words may be a foreign name.
    const end = this.nameAfter(h.end, d, this.g.rules.foreignNamesAfterTitle);
    if (end === null) return null;
    if (d.name && !d.full) d.full = this.fullName(h.end, 2) === end;
    return [d, this.appositive(end, d) ?? this.personDescribed(end) ?? this.nameRun(end, d)];
  }

  private orgPhrase(i: number): [Draft, number] | null {
    // "Iran cảnh báo", "Seoul cho biết": a state speaks through its name or its capital.
    // "Thành phố Huế thông báo": where runs reach the verb, a capitalised unit and its place speak as one.
    const unit = this.g.rules.runToVerb && this.ts[i]!.cap && this.m(i, 'adminUnit') ? this.place(i) : null;
    const state = this.m(i, 'country') ?? this.m(i, 'place') ?? (unit !== null ? { end: unit } : null);
    const prev = this.ts[i - 1];
    // An organisation after a preposition is not the subject ("HLV X của Thái Lan khẳng định"); a state speaks
    // only as the sentence's subject, first or after a comma.
    // "Theo thông tin từ cảnh sát Ấn Độ": the preposition closing an according-to form opens the source.
    const preposition = prev && this.m(i - 1, 'preposition', false) && !this.afterAccordingTo(i) && !this.afterSourceLead(i);
    // "trong thông báo mới đây": the second word of a compound ("thông báo") opens no body ("báo").
    const inCompound = (this.m(i - 1, 'compound', false)?.end ?? 0) > i;
    if (preposition || inCompound || this.cited(i)) return null;
    const subject = !prev || prev.text === ',' || prev.text === '\n';
    const asState = state && subject && !POSSESSIVE.test(this.ts[state.end]?.text ?? '');
    // "…, cựu đô vật WWE, cho biết": an unknown acronym inside a clause is no speaker.
    const acronym = this.ts[i]!.acronym && !this.m(i, 'org');
    const inner = this.g.rules.acronymOrgs === 'subject' && acronym && !this.clauseOpens(i);
    const byOrg = inner ? null : this.org(i);
    // "TP Bà Điểm": a unit and its place outrun the unit's abbreviation read as an acronym ("TP").
    const longer = unit !== null && byOrg !== null && unit > byOrg ? unit : byOrg;
    let o = longer ?? (asState ? state.end : null) ?? this.bareHead(i);
    if (o === null) return null;
    const d = draft('org');
    d.org = this.orgText(i, o);
    // "TAND huyện Thanh Trì, Hà Nội | yêu cầu": the province after a comma belongs to the body's address.
    const where = this.g.rules.runToVerb && this.is(o, ',') ? this.place(o + 1) : null;
    if (where !== null && this.verbAt(where)) o = where;
    return [d, o];
  }

  /** A bare name does not start right after another capitalised word ("Bali | United"; "Bahkan | Anas" may). */
  private afterCapital(i: number): boolean {
    const prev = this.ts[i - 1];
    // "Bahkan Anas" may start a name after a sentence adverb; "Bali United" is one name.
    const adverb = this.m(i - 1, 'notName') && !this.m(i - 1, 'place') && !this.m(i - 1, 'country');
    // "Theo Lan Viên, …": a sentence's according-to word is no part of the name after it.
    return !!prev && prev.cap && prev.word && prev.end + 1 >= this.ts[i]!.start && !adverb && !this.afterAccordingTo(i);
  }

  /** With `objectLeads`: "Senada dengan | Erick, …": the name is the lead's object, not a speaker. */
  private afterObjectLead(i: number): boolean {
    return (this.g.rules.objectLeads ?? []).some((lead) => {
      const ws = lead.toLowerCase().split(' ');
      const at = i - ws.length;
      return at >= 0 && ws.every((w, k) => this.ts[at + k]!.lower === w) && this.clauseOpens(at);
    });
  }

  /** "seorang pejabat yang dikutip Reuters mengatakan": a cited source is not the speaker. */
  private cited(i: number): boolean {
    const by = this.g.rules.citedBy;
    if (!by?.length) return false;
    const at = (k: number): boolean => by.includes(this.ts[k]?.lower ?? '');
    return at(i - 1) || (this.ts[i - 1]?.lower === 'dari' && at(i - 2));
  }

  private named(i: number): [Draft, number] | null {
    if (this.afterCapital(i) || this.cited(i) || this.notPersonAt(i) || this.afterObjectLead(i)) return null;
    const nameEnd = this.fullName(i, this.g.rules.minBareNameWords);
    if (nameEnd === null) return this.foreignBare(i) ?? this.bareGivenName(i);
    const end = this.nicknameEnd(nameEnd);
    if (this.describedOrg(i)) {
      const o = draft('org');
      o.org = this.slice(i, end);
      return [o, end];
    }
    const d = draft('name');
    Object.assign(d, { name: this.slice(i, nameEnd), full: true });
    const app = this.objectOfPreposition(i)
      ? null
      : (this.appositive(end, d) ?? this.describedToVerb(end) ?? this.bareDescribedToVerb(i, end));
    if (app === null && this.g.rules.affiliationOrgs) {
      const at = this.affiliation(end, d);
      if (at > end) return [d, at];
    }
    return [d, app ?? this.nameRun(end, d)];
  }

  /**
   * "Nina Khrushcheva, giáo sư …, cho biết", "…”, Jerome Siegel nói.": capitalised words no vocabulary knows
   * are a name only when a title follows them or they attribute the quote just closed.
   */
  private foreignBare(i: number): [Draft, number] | null {
    if (!this.g.rules.foreignBareNames || this.g.rules.nameStyle !== 'surname') return null;
    const end = this.foreignName(i) ?? this.loneNameAfterQuote(i) ?? this.loneGivenName(i);
    if (end === null) return null;
    const d = draft('name');
    Object.assign(d, { name: this.slice(i, end), full: true, foreign: true });
    const app = this.appositive(end, d);
    if (app !== null && d.title) return [d, app];
    const described = this.personDescribed(end);
    if (described !== null) return [d, described];
    if (this.m(i, 'givenName')) {
      if (this.verbAt(end) || (this.afterAccordingTo(i) && this.is(end, ','))) return [d, end];
      if (app !== null && this.verbAt(app)) return [d, app];
      const run = this.runToVerb(end, true);
      if (run !== null && run > end) return [d, run];
    }
    const before = this.ts[i - 1]?.text === ',' ? this.ts[i - 2] : this.ts[i - 1];
    return before && /^["”»]$/u.test(before.text) && this.verbAt(end) ? [d, end] : null;
  }

  /** "Theo Paul, …", "Paul cho biết": one known foreign given name as a source or a clause's subject. */
  private loneGivenName(i: number): number | null {
    if (!this.m(i, 'givenName') || this.ts[i + 1]?.cap) return null;
    if (this.afterAccordingTo(i)) return this.is(i + 1, ',') ? i + 1 : null;
    return this.clauseOpens(i) && this.verbAt(i + 1) ? i + 1 : null;
  }

  /** "Perusahaan meteorologi regional | Metsul": an organisation head opening the clause, then lower-case words. */
  private describedOrg(i: number): boolean {
    if (!this.g.rules.describedOrgs) return false;
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && this.ts[j]!.word && !this.ts[j]!.cap) j--;
    if (j === i - 1 || j < 0 || !this.m(j, 'orgHead')) return false;
    const before = this.ts[j - 1];
    return !before || before.text === ',' || before.text === '.' || before.text === '\n';
  }

  private pronoun(i: number): [Draft, number] | null {
    const p = this.m(i, 'pronoun', false);
    if (!p || this.notPersonAt(i)) return null;
    const d = draft('pronoun');
    d.pronoun = true;
    return [d, p.end];
  }

  private bare(i: number): [Draft, number] | null {
    if (!this.g.rules.bareShortNames || !this.nameWord(i, true) || this.afterCapital(i)) return null;
    // "officials from Health and Safety said": a lone word after "Capitalised and" ends a compound name.
    if (this.g.rules.andJoinsCapitals && this.m(i - 1, 'conjunction', false) && this.ts[i - 2]?.cap) return null;
    const d = draft('name');
    d.name = this.ts[i]!.text;
    return [d, (this.objectOfPreposition(i) ? null : this.appositive(i + 1, d)) ?? i + 1];
  }

  /**
   * "… a deal struck with Ford, the union said": a name after a preposition ends the clause; the phrase after
   * its comma is the next speaker, not its appositive (opt-in: `noAppositiveAfterPreposition`).
   */
  private objectOfPreposition(i: number): boolean {
    return this.g.rules.noAppositiveAfterPreposition === true && this.m(i - 1, 'preposition', false) !== null;
  }

  /** ", Phó Chủ tịch UBND tỉnh Bình Dương," / " - giám đốc Sở Y tế tỉnh Nam Định -" / ", Indonesia's minister,". */
  private appositive(j: number, d: Draft): number | null {
    const open = this.ts[j]?.text ?? '';
    const word = this.g.rules.appositiveWords?.includes(open.toLowerCase()) === true;
    if (open !== ',' && open !== '(' && !DASHES.has(open) && !word) return null;
    let k = j + 1;
    const former = this.m(k, 'former', false);
    if (former) k = former.end;
    const det = this.m(k, 'determiner', false);
    // "Theo HLV X, | các cầu thủ …": a group after the comma starts the clause; it is no appositive.
    if (det && this.g.rules.pluralDeterminers?.includes(this.slice(k, det.end).toLowerCase())) return null;
    if (det) k = det.end;
    if (this.ts[k]?.cap && POSSESSIVE.test(this.ts[k + 1]?.text ?? '')) k += 2;
    // ", US chief economist at …,", ", Google spokesman,": a country or organisation before the title.
    const before = this.title(k, false) ? null : (this.m(k, 'country')?.end ?? this.org(k));
    const t = this.title(before ?? k, false);
    if (t && this.g.rules.lowerAppositiveClosed && !this.ts[before ?? k]!.cap && !this.closesAppositive(t.end)) {
      return null;
    }
    // "Kevin Brady, a Texas Republican, said", "Irons, whose film …, said": a description that is no title.
    if (!t) {
      // "anh Đỗ Ngọc, chủ tiệm kinh doanh vàng chợ An Đông, cho hay": a description closed by a comma before the verb.
      const run = this.runToVerb(k, false);
      if (run !== null && run > k && this.is(run, ',')) return run;
      // "chị X, phường Bắc Lý (TP Đồng Hới) | nói": an address runs to the verb with no comma after it.
      if (run !== null && run > k && this.m(k, 'adminUnit')) return run;
      return (det || this.m(k, 'relative', false)) && this.g.rules.appositiveClosed ? this.description(k) : null;
    }
    const a = draft('appositive');
    if (before !== null) a.org = this.slice(k, before);
    let e: number | null = this.tail(t.end, a);
    const run = this.runToVerb(e, false);
    if (run !== null && run > e) e = run;
    else if (DASHES.has(open)) {
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
}
