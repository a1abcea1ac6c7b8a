import type { Speaker } from '../../../core/index.js';
import type { Sentence } from '../extractor.js';
import { Acronyms } from './acronyms.js';
import type { Grammar } from './grammar.js';
import { escapeRe } from '../pattern/index.js';
import { nameWords, personKey } from './person-key.js';
import type { SpeakerParser } from './speakers.js';
import type { Gender, Person, SpeakerPhrase } from './types.js';

function titlesAgree(a: string | null, b: string | null, loose: ReadonlySet<string> = NONE): boolean {
  if (!a || !b || loose.has(a.toLowerCase()) || loose.has(b.toLowerCase())) return true;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

function orgsAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a.toLowerCase() === b.toLowerCase();
}

const NONE: ReadonlySet<string> = new Set();

interface Mention {
  pos: number;
  /** Null: a pronoun that points to no one we can tell ("he" after two men were named). */
  person: Person | null;
  sentence: number;
  /** The mention is the speaker of a statement. */
  speaks?: boolean;
  /** An unnamed speaker's gender, from its title ("a BBC spokeswoman"). */
  gender?: Gender | null;
  /** An unnamed group that spoke ("Officials said"): with `pluralTitles`, no singular pronoun's antecedent. */
  group?: boolean;
  /** The unnamed speaker's own phrase ("a Health Ministry official"), for a pronoun that points to it. */
  unnamed?: SpeakerPhrase;
}

/** Between a title and the name it introduces: the title's body or place ("of Portwell"), then a comma. */
const TITLE_TO_NAME = /^(?:\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.'’&-]*){0,5})?\s*,\s*$/u;

/** How many sentences back a pronoun may look for its person ("…," he said). */
const PRONOUN_SENTENCES = 3;
/** A capitalised word right before a name ("Piet" of "Piet de Vries"), looked for in the text just before it. */
const WORD_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}[\p{Ll}'’-]+)\s+$/u;
const WORD_BEFORE_WINDOW = 100;
const NAME_CHAR = /[\p{L}'’.-]/u;

/**
 * The people of one article, in text order, and what each later reference ("Thứ trưởng Vũ",
 * "Deputi Menlu", "ông", "he") points to. A reference resolves only when exactly one person fits.
 */
export class People {
  private readonly persons = new Map<string, Person>();
  /** Full names written anywhere (also where they are not yet known as people): "Lou Holtz and Mark May are paid". */
  private readonly written = new Map<string, SpeakerPhrase>();
  /** Gender from pronouns near the name (weak) and from honorifics and titles (strong, wins). */
  private readonly genders = new Map<Person, Gender | null>();
  private readonly strongGenders = new Map<Person, Gender | null>();
  private readonly genderOf = new Map<string, Gender>();
  private readonly mentions: Mention[] = [];
  /** With `subjectNameMentions`: one-word names opening a sentence that no rule made a person. */
  private readonly subjects: SpeakerPhrase[] = [];
  /** Where each person's full name is written, in text order. */
  private readonly fullNames: Array<{ pos: number; person: Person }> = [];
  private readonly pronouns = new Map<SpeakerPhrase, Person | null>();
  /** Pronouns whose only antecedent is an unnamed speaker ("An official said …. '…,' he said"): that speaker. */
  private readonly unnamedPronouns = new Map<SpeakerPhrase, SpeakerPhrase>();
  /** `firstNamesBefore` per name: the text does not change. */
  private readonly namesBefore = new Map<string, Set<string>>();
  private readonly acronyms = new Acronyms(() => this.text());
  private articleText: string | undefined;
  private readonly loose: ReadonlySet<string>;
  private readonly groups: ReadonlySet<string>;
  /** Keys and full-name tests by name: the same names come back in every phrase. */
  private readonly keys = new Map<string, string>();
  private readonly full = new Map<string, boolean>();

  constructor(
    private readonly g: Grammar,
    private readonly parser: SpeakerParser,
    private readonly sentences: readonly Sentence[],
    phrases: readonly SpeakerPhrase[],
    /**
     * Phrases that are the speaker of a statement, with where that statement starts: a bare name there is a
     * person (elsewhere maybe a headline), and a pronoun looks back from there.
     */
    private readonly speakers: ReadonlyMap<SpeakerPhrase, number>,
    /** The article's text, for what stands between two phrases. */
    text?: string,
  ) {
    this.loose = new Set(g.rules.looseTitles.map((t) => t.toLowerCase()));
    this.groups = new Set((g.rules.pluralTitles ?? []).map((t) => t.toLowerCase()));
    for (const w of g.rules.genders?.male ?? []) this.genderOf.set(w.toLowerCase(), 'male');
    for (const w of g.rules.genders?.female ?? []) this.genderOf.set(w.toLowerCase(), 'female');
    const ordered = [...phrases].sort((a, b) => a.start - b.start);
    // A bare name is a person where it speaks or opens a sentence ("Mary Smith chaired the meeting"): elsewhere
    // two capitalised words may be a place or a product.
    // With the text, a name after a comma opens a clause too ("Meski memberi bocoran, Bojan Hodak tak …").
    // "…, Todd Lehmacher called …" opens a clause; "Nevada, South Carolina, Utah" is a list.
    const subject = (p: SpeakerPhrase): boolean => /^\s+(?!and |or )\p{Ll}/u.test(text?.slice(p.end, p.end + 6) ?? '');
    const afterComma = (p: SpeakerPhrase): boolean =>
      text !== undefined &&
      (g.rules.singleWordIsName || (g.rules.fullNameAfterComma === true && p.fullName === true && subject(p))) &&
      /,\s*$/u.test(text.slice(Math.max(0, p.start - 3), p.start));
    const person = (p: SpeakerPhrase): boolean =>
      p.form !== 'name' ||
      speakers.has(p) ||
      g.rules.nameStyle === 'surname' ||
      this.opensSentence(p.start) ||
      afterComma(p) ||
      (g.rules.nameAfterTitle === true && this.nameAfterTitle(p, ordered, text));
    // A full name in a credit or caption line is still that person's full name (a later "Bull said" is Dave Bull);
    // only pronouns skip such lines (below).
    for (const p of ordered) {
      if (!p.name || !(p.foreignName || this.isFullName(p.name, false))) continue;
      if (person(p)) this.registerOrTail(p);
      else if (!this.written.has(this.key(p.name))) this.written.set(this.key(p.name), p);
    }
    if (text !== undefined) this.aliases(ordered, text);
    // A one-word name with a title, or one that speaks ("…," kata Marcella), is a person pronouns may point to.
    for (const p of ordered) {
      const named = p.title || p.org || (speakers.has(p) && p.form === 'name');
      if (p.name && !this.isFullName(p.name, false) && this.g.rules.singleWordIsName && named) {
        if (this.byShortName(p.name, p.title, Infinity).length === 0) this.register(p);
      } else if (p.name && p.form === 'name' && g.rules.subjectNameMentions === true && this.opensSentence(p.start)) {
        this.subjects.push(p);
      }
    }
    for (const p of ordered) {
      if (p.pronoun) continue;
      const person = this.captionLine(p.start) ? null : this.resolve(p);
      const speaks = speakers.has(p);
      if (person) this.mentions.push({ pos: p.start, person, sentence: this.sentenceIndex(p.start), speaks });
      if (person && p.name && this.persons.get(this.key(p.name)) === person) this.fullNames.push({ pos: p.start, person });
      if (person) this.honorificGender(p, person);
      else if (speaks && g.rules.unnamedSpeakerMentions && !p.name && p.title) this.unnamedSpeaker(p);
    }
    this.mentions.sort((a, b) => a.pos - b.pos);
    this.pronounGenders();
    // In text order, each pronoun becomes a mention of the person it points to, or of someone unknown.
    for (const p of ordered) {
      if (!p.pronoun) continue;
      const person = this.antecedent(Math.min(p.start, this.speakers.get(p) ?? p.start), this.pronounGender(p));
      this.pronouns.set(p, person);
      const at = this.mentions.findIndex((m) => m.pos > p.start);
      // '…, he added.' then '"…," he said': the pronoun that spoke is the speaker a later pronoun prefers.
      const unnamed = person ? undefined : this.unnamedAntecedent(p);
      if (unnamed) this.unnamedPronouns.set(p, unnamed.phrase);
      const mention: Mention = {
        pos: p.start,
        person,
        sentence: this.sentenceIndex(p.start),
        speaks: this.speakers.has(p),
        ...(unnamed ? { unnamed: unnamed.phrase, gender: unnamed.gender } : {}),
      };
      this.mentions.splice(at < 0 ? this.mentions.length : at, 0, mention);
    }
  }

  /**
   * "The mayor of Portwell, Jane Okafor, comforted …": a full name set off by commas right after a title with no
   * name (and the body or place the title belongs to) is the person holding that title.
   */
  private nameAfterTitle(p: SpeakerPhrase, ordered: readonly SpeakerPhrase[], text: string | undefined): boolean {
    if (text === undefined || p.fullName !== true || !/^\s*,/u.test(text.slice(p.end, p.end + 3))) return false;
    const i = ordered.indexOf(p);
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const q = ordered[j]!;
      if (q.pronoun) return false;
      if (q.form !== 'definite' && q.form !== 'titled') continue;
      if (q.name || !q.title) return false;
      if (!TITLE_TO_NAME.test(text.slice(q.end, p.start))) return false;
      p.title ??= q.title;
      p.org ??= q.org;
      return true;
    }
    return false;
  }

  /** With `captionLinesNameNoOne`: the phrase stands in a line of capitalised words with no sentence end (a credit). */
  private captionLine(pos: number): boolean {
    if (this.g.rules.captionLinesNameNoOne !== true) return false;
    const s = this.sentences[this.sentenceIndex(pos)];
    return !!s && !/(?:^|[^\p{L}'’])\p{Ll}/u.test(s.text) && !/[.!?…]["”’»)]*\s*$/u.test(s.text);
  }

  /** "A BBC spokeswoman said Andi Peters would stay. She said …": she is the spokeswoman, no one we can name. */
  private unnamedSpeaker(p: SpeakerPhrase): void {
    const title = p.title!.toLowerCase();
    const gender = this.genderOf.get(title) ?? null;
    const group = this.groups.has(title);
    this.mentions.push({ pos: p.start, person: null, sentence: this.sentenceIndex(p.start), speaks: true, gender, group, unnamed: p });
  }

  /**
   * With `unnamedSpeakerMentions`: a pronoun that speaks, whose nearest sentence before it (no further back than a
   * person's) holds one mention only, that of an unnamed speaker who spoke ("An Investment Ministry official said …
   * . '…,' he said."), is that speaker: the statement keeps the speaker's title and body, and no name.
   */
  private unnamedAntecedent(p: SpeakerPhrase): { phrase: SpeakerPhrase; gender: Gender | null } | undefined {
    if (!this.speakers.has(p)) return undefined;
    const pos = Math.min(p.start, this.speakers.get(p) ?? p.start);
    const here = this.sentenceIndex(pos);
    const gender = this.pronounGender(p);
    const before = this.mentions.filter((m) => m.pos < pos && m.sentence < here && here - m.sentence <= PRONOUN_SENTENCES);
    const last = before[before.length - 1];
    if (!last || this.mentions.some((m) => m.pos < pos && m.sentence === here)) return undefined;
    // "Mr Wilson said …. '…,' said the Factory Records founder. '…,' he said": with a person named not far before,
    // the unnamed speaker may be that person; only where no one is named near does the pronoun take it.
    if (this.mentions.some((m) => m.pos < pos && m.person && here - m.sentence <= 2 * PRONOUN_SENTENCES)) return undefined;
    const fit = before.filter((m) => m.sentence === last.sentence);
    const m = fit[0];
    if (fit.length !== 1 || !m || m.person || !m.unnamed || m.group === true) return undefined;
    const g = m.gender ?? null;
    return !gender || !g || g === gender ? { phrase: m.unnamed, gender: g } : undefined;
  }

  private pronounGender(p: SpeakerPhrase): Gender | null {
    return this.genderOf.get(p.text.split(/\s+/u)[0]?.toLowerCase() ?? '') ?? null;
  }

  /** "Mrs Thatcher", "a spokeswoman", "bà Lê Thị Hoa", "Nguyễn Thị Hoa": words of the phrase itself that tell a gender. */
  private honorificGender(p: SpeakerPhrase, person: Person): void {
    const first = /^[\p{L}.]+/u.exec(p.text)?.[0].toLowerCase() ?? '';
    const female = this.g.rules.genders?.femaleNameWords;
    const g =
      this.genderOf.get(first) ??
      this.genderOf.get(first.replace(/\.$/u, '')) ??
      (p.title ? this.genderOf.get(p.title.toLowerCase()) : undefined) ??
      (female && p.name && p.name.split(/\s+/u).some((w) => female.includes(w)) ? 'female' : undefined);
    if (g) this.vote(this.strongGenders, person, g);
  }

  private vote(votes: Map<Person, Gender | null>, person: Person, g: Gender): void {
    const had = votes.get(person);
    votes.set(person, had === undefined || had === g ? g : null);
  }

  private gender(person: Person): Gender | null {
    const strong = this.strongGenders.get(person);
    return strong === undefined ? (this.genders.get(person) ?? null) : strong;
  }

  /**
   * "Avalos said she had been inside": in a sentence naming one person only, the gendered pronouns after the
   * name are that person's. Two genders for one person leave it unknown.
   */
  private pronounGenders(): void {
    if (this.genderOf.size === 0) return;
    let i = 0;
    while (i < this.mentions.length) {
      let j = i;
      while (j < this.mentions.length && this.mentions[j]!.sentence === this.mentions[i]!.sentence) j++;
      const first = this.mentions[i]!;
      if (first.person && this.mentions.slice(i, j).every((m) => m.person === first.person)) {
        const s = this.sentences[first.sentence];
        const said = new Set<Gender>();
        if (s) {
          for (const w of s.text.slice(first.pos - s.start).toLowerCase().split(/[^\p{L}]+/u)) {
            const g = this.genderOf.get(w);
            if (g) said.add(g);
          }
        }
        if (said.size === 1) this.vote(this.genders, first.person!, [...said][0]!);
      }
      i = j;
    }
  }

  /** "Thomas Trikasih Lembong atau Tom Lembong": the second name is the first person's too. */
  private aliases(ordered: readonly SpeakerPhrase[], text: string): void {
    const words = this.g.rules.aliasWords ?? [];
    if (words.length === 0) return;
    for (let i = 1; i < ordered.length; i++) {
      const p = ordered[i - 1]!;
      const q = ordered[i]!;
      const gap = text.slice(p.end, q.start).trim().toLowerCase();
      if (!p.name || !q.name || !words.includes(gap)) continue;
      if (!this.persons.has(this.key(p.name)) && this.isFullName(p.name, false)) this.register(p);
      const person = this.persons.get(this.key(p.name));
      if (!person) continue;
      const alias = this.key(q.name);
      if (this.persons.get(alias) !== person) this.persons.set(alias, person);
      for (const w of nameWords(q.name)) if (!person.words.includes(w)) person.words.push(w);
    }
  }

  private isFullName(name: string, single: boolean): boolean {
    let full = this.full.get(name);
    if (full === undefined) this.full.set(name, (full = this.parser.isFullName(name, true)));
    return full && (single || name.includes(' '));
  }

  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = personKey(name)));
    return key;
  }

  private register(p: SpeakerPhrase): void {
    const key = this.key(p.name!);
    const org = p.org ?? (p.title ? (this.g.rules.titleOrgs[p.title] ?? null) : null);
    const known = this.persons.get(key);
    if (known) {
      known.title ??= p.title;
      known.org ??= org;
      return;
    }
    this.persons.set(key, { key, name: p.name!, title: p.title, org, words: nameWords(p.name!), first: p.start });
  }

  /** With `nameTails`, "Paz Akin" after "Lorena Paz Akin" is another key of hers, not a person of its own. */
  private registerOrTail(p: SpeakerPhrase): void {
    const key = this.key(p.name!);
    // A phrase with its own title introduces its person ("Congress president Mallikarjun Kharge"): no back-reference.
    if (this.g.rules.nameTails === true && !this.persons.has(key) && p.title === null) {
      const longer = this.byNameTail(p.name!, p.title, p.start, true);
      if (longer) {
        this.persons.set(key, longer);
        return;
      }
    }
    this.register(p);
  }

  private byShortName(word: string, title: string | null, before: number, written = false): Person[] {
    const w = this.key(word);
    const known = [...new Set(this.persons.values())].filter((p) => {
      if (p.first >= before) return false;
      const hit = this.g.rules.shortNameWord === 'last' ? p.words[p.words.length - 1] === w : p.words.includes(w);
      return hit && titlesAgree(title, p.title, this.loose);
    });
    return known.length > 0 || !written ? known : this.writtenByShortName(w, before);
  }

  /**
   * With `nameTails`: the one person named before `before` whose full name ends with the words of `name` ("Paz Akin"
   * of "Lorena Paz Akin"), or, for one word, whose hyphenated surname ends with it ("Cousins" of "Stewart-Cousins").
   */
  private byNameTail(name: string, title: string | null, before: number, written: boolean): Person | null {
    const words = nameWords(name);
    const hyphened = `-${words[0] ?? ''}`;
    const tail = (full: readonly string[]): boolean => {
      const n = full.length;
      if (words.length === 1) return (full[n - 1] ?? '').endsWith(hyphened);
      // A compound surname ("Paz Akin"); a longer tail is a full name of its own ("Aung San Suu Kyi").
      return words.length === 2 && n > 2 && full[n - 2] === words[0] && full[n - 1] === words[1];
    };
    if (words.length === 2 && this.firstNamesBefore(name).size !== 1) return null;
    const hits = new Set<Person>();
    for (const p of this.persons.values()) {
      if (p.first < before && tail(p.words) && titlesAgree(title, p.title, this.loose)) hits.add(p);
    }
    if (hits.size > 0 || !written) return hits.size === 1 ? [...hits][0]! : null;
    // As `writtenByShortName`: a full name written earlier where it did not speak ("says architect Lorena Paz Akin, who …").
    const seen = [...this.written.values()].filter((p) => p.start < before && tail(nameWords(p.name!)));
    if (seen.length !== 1) return null;
    const p = seen[0]!;
    this.written.delete(this.key(p.name!));
    this.register(p);
    return this.persons.get(this.key(p.name!)) ?? null;
  }

  /** Capitalised words written right before `name` anywhere: "Ellen de Vries and Piet de Vries" give two. */
  private firstNamesBefore(name: string): Set<string> {
    const known = this.namesBefore.get(name);
    if (known) return known;
    // The name is found first (a literal start, which the engine scans for fast), then the word before it: one
    // pattern for both tried a capitalised word at every position of the text, for every two-word name.
    const text = this.text();
    const names = new RegExp(`${escapeRe(name).replace(/\s+/gu, '\\s+')}(?![\\p{L}'’-])`, 'gu');
    const found = new Set<string>();
    for (const m of text.matchAll(names)) {
      const from = Math.max(0, m.index - WORD_BEFORE_WINDOW);
      const w = WORD_BEFORE.exec(text.slice(from, m.index));
      if (!w || (w.index === 0 && from > 0 && NAME_CHAR.test(text[from - 1]!))) continue;
      found.add(w[1]!.toLowerCase());
    }
    this.namesBefore.set(name, found);
    return found;
  }

  /**
   * "Holtz said" after "…, Lou Holtz and Mark May are paid …": the one full name written earlier that ends with
   * (or, where the language allows, contains) the word becomes a person of the article.
   */
  private writtenByShortName(w: string, before: number): Person[] {
    const hits = [...this.written.values()].filter((p) => {
      if (p.start >= before) return false;
      const words = nameWords(p.name!);
      return this.g.rules.shortNameWord === 'last' ? words[words.length - 1] === w : words.includes(w);
    });
    if (hits.length !== 1) return [];
    const p = hits[0]!;
    this.written.delete(this.key(p.name!));
    this.register(p);
    return [this.persons.get(this.key(p.name!))!];
  }

  private byTitle(title: string | null, org: string | null, before: number): Person[] {
    return [...new Set(this.persons.values())].filter((p) => {
      if (p.first >= before) return false;
      if (title && !titlesAgree(title, p.title)) return false;
      if (title && !p.title) return false;
      return orgsAgree(org, p.org) && (org === null || p.org !== null || title !== null);
    });
  }

  /** The person a phrase names or points to, or null when none or several fit. */
  resolve(p: SpeakerPhrase, before: number = p.start): Person | null {
    if (p.pronoun) {
      const known = this.pronouns.get(p);
      return known === undefined ? this.antecedent(Math.min(p.start, before), this.pronounGender(p)) : known;
    }
    if (p.name) {
      const known = this.persons.get(this.key(p.name));
      if (known) return known;
      const subject = this.opensSentence(p.start) && !this.possessive(p);
      const earlier = this.byShortName(p.name, p.title, p.start, this.speakers.has(p) || subject);
      const hits = earlier.length ? earlier : this.byShortName(p.name, p.title, Infinity);
      if (hits.length === 0 && this.g.rules.nameTails === true) {
        const tail = this.byNameTail(p.name, p.title, p.start, this.speakers.has(p) || subject);
        if (tail) return tail;
      }
      // "Ms. Clinton" after "her husband, President Bill Clinton": an honorific or title tells them apart, not nearness.
      const bare = p.text.trim() === p.name && p.title === null;
      if (hits.length > 1 && bare && this.g.rules.sharedSurnameTakesLatest === true) return this.latestFullName(hits, p.start);
      return hits.length === 1 ? hits[0]! : null;
    }
    // "…, Expert said" where the article introduced "Paul Expert": a capitalised title word that is a name.
    if (p.title && !p.org && /^\p{Lu}\p{Ll}+$/u.test(p.text) && p.form !== 'definite') {
      const named = this.byShortName(p.text, null, p.start, this.speakers.has(p));
      if (named.length === 1) return named[0]!;
    }
    if (p.title && !this.plural(p)) {
      const before = this.byTitle(p.title, p.org, p.start);
      if (before.length === 0 && this.pointsBack(p)) return this.antecedent(p.start, null);
      if (before.length === 0 && this.opensWithDeterminer(p)) {
        const person = this.antecedent(p.start, this.genderOf.get(p.title.toLowerCase()) ?? null);
        // A person introduced with another title ("analyst Ann Lee", "President X") is not this description.
        return person && !person.title ? person : null;
      }
      return before.length === 1 ? before[0]! : null;
    }
    return null;
  }

  /** The article's sentences joined, built once when first asked for. */
  private text(): string {
    return (this.articleText ??= this.sentences.map((s) => s.text).join(' '));
  }

  /** Of persons sharing a surname, the one whose full name was written last before `pos`. */
  private latestFullName(hits: readonly Person[], pos: number): Person | null {
    // "Realtor Ghulam" after "realtor Shaun Ghulam": a first word the page writes in lower case is no first name.
    const lower = this.text();
    const named = hits.filter((h) => !lowerCaseWord(lower, h.name.split(' ')[0] ?? ''));
    if (named.length < 2) return named[0] ?? null;
    const last = this.fullNames.filter((m) => m.pos < pos && named.includes(m.person)).pop();
    return last?.person ?? null;
  }

  /** A description with no name that points back ("bị cáo này", "vị luật sư này"). */
  pointsBackUnnamed(p: SpeakerPhrase): boolean {
    return !p.name && !p.pronoun && p.title !== null && this.pointsBack(p);
  }

  /**
   * With `describedAntecedent`: "…," kata Ratu Tisha. "…," imbuh wanita berumur 37 tahun itu': a description closed by
   * a trailing determiner that fits no one by title points back like a pronoun.
   */
  private pointsBack(p: SpeakerPhrase): boolean {
    if (this.g.rules.describedAntecedent !== true) return false;
    const dets = this.g.rules.trailingDeterminers ?? [];
    const last = /[\p{L}]+$/u.exec(p.text)?.[0].toLowerCase() ?? '';
    if (dets.includes(last)) return true;
    // "wanita | berumur 37 tahun itu": a few more words of description before the determiner closes the clause.
    const s = this.sentences[this.sentenceIndex(p.start)];
    const after = s ? s.text.slice(p.end - s.start, p.end - s.start + 60) : '';
    const words = /^((?:\s+[\p{Ll}\d][\p{L}\d-]*){1,5}?)\s*(?=[.,;!?]|$)/u.exec(after)?.[1]?.trim().split(/\s+/u) ?? [];
    return words.length > 0 && dets.includes(words[words.length - 1]!.toLowerCase());
  }

  /**
   * With `sentenceDescriptions`: "Jane Okafor thanked the crowd. The concerned mother said …": a description
   * opening its sentence with one of its determiners that fits no one by its title (a person's, not a body's) is the person the sentence before
   * names, found like a pronoun's. It stays unnamed when no one or several fit.
   */
  private opensWithDeterminer(p: SpeakerPhrase): boolean {
    const rule = this.g.rules.sentenceDescriptions;
    const title = p.title?.toLowerCase() ?? '';
    if (!rule || p.form !== 'definite' || this.groups.has(title) || rule.bodyTitles.includes(title)) return false;
    const first = /^\p{L}+/u.exec(p.text)?.[0].toLowerCase() ?? '';
    // "The mayor of Portwell, Jane Okafor, visited …": only a description that speaks; others name someone after them.
    return rule.determiners.includes(first) && this.opensSentence(p.start) && this.speakers.has(p);
  }

  /**
   * The person a pronoun at `pos` means: in the nearest sentence before it (at most PRONOUN_SENTENCES back)
   * that names a person of a compatible gender, the only such person. None when that sentence names several
   * compatible people or a pronoun that points to no one, or no sentence is near enough.
   */
  private antecedent(pos: number, gender: Gender | null): Person | null {
    let i = this.mentions.length - 1;
    while (i >= 0 && this.mentions[i]!.pos >= pos) i--;
    const here = this.sentenceIndex(pos);
    let found: Person | null | undefined;
    while (i >= 0) {
      const sentence = this.mentions[i]!.sentence;
      if (here - sentence > PRONOUN_SENTENCES) break;
      const fit: Mention[] = [];
      for (; i >= 0 && this.mentions[i]!.sentence === sentence; i--) {
        const m = this.mentions[i]!;
        if (m.group === true) continue;
        const g = m.person ? this.gender(m.person) : (m.gender ?? null);
        if (!gender || !g || g === gender) fit.push(m);
      }
      if (fit.length === 0) continue;
      const person = this.onePerson(fit);
      if (found !== undefined) return found === person ? found : null;
      // "At a conference hosted by Gordon Brown, he said …": a person named earlier in the pronoun's own
      // sentence is its person only if the sentence before (when it names someone) agrees.
      if (sentence !== here || person === null) return person;
      // "Each time, Regev focused on …, which he said …": a person opening the pronoun's own clause is its person.
      if (fit.some((m) => m.person === person && this.opensClause(m.pos) && !this.asideAfter(m.pos, pos))) return person;
      found = person;
    }
    return found ?? this.subjectBefore(pos);
  }

  /**
   * "Onana sebelumnya telah membela Garnacho. Ia menyebut …": when no person is named near a pronoun, the one-word
   * name opening the sentence before it (or its own sentence) is its person.
   */
  private subjectBefore(pos: number): Person | null {
    const here = this.sentenceIndex(pos);
    const near = this.mentions.some((m) => m.pos < pos && here - m.sentence <= PRONOUN_SENTENCES);
    const hits = this.subjects.filter((p) => p.start < pos && here - this.sentenceIndex(p.start) <= 1);
    if (near || hits.length !== 1 || this.persons.has(this.key(hits[0]!.name!))) return null;
    this.register(hits[0]!);
    return this.persons.get(this.key(hits[0]!.name!)) ?? null;
  }

  /** The one person the mentions of a sentence name; with `pronounPrefersSpeaker`, the one of them who speaks. */
  private onePerson(fit: readonly Mention[]): Person | null {
    if (fit.every((m) => m.person === fit[0]!.person)) return fit[0]!.person;
    if (!this.g.rules.pronounPrefersSpeaker) return null;
    const speaking = fit.filter((m) => m.speaks);
    return speaking.length > 0 && speaking.every((m) => m.person === speaking[0]!.person) ? speaking[0]!.person : null;
  }

  /** "các nhà khoa học": a group is no one person. */
  private plural(p: SpeakerPhrase): boolean {
    const first = p.text.split(/\s+/u, 1)[0]!.toLowerCase();
    return p.form === 'definite' && (this.g.rules.pluralDeterminers ?? []).some((d) => d.split(' ')[0] === first);
  }

  /** "Gmail's setback": a name before "'s" modifies; it is not the subject. */
  private possessive(p: SpeakerPhrase): boolean {
    const s = this.sentences[this.sentenceIndex(p.start)];
    return !!s && /^['’]s(?![\p{L}])/u.test(s.text.slice(p.end - s.start));
  }

  /** The phrase at `pos` starts its sentence or the clause after a comma ("Each time, Regev …"). */
  private opensClause(pos: number): boolean {
    const s = this.sentences[this.sentenceIndex(pos)];
    return !!s && /(?:^|,)\s*["“]?$/u.test(s.text.slice(0, pos - s.start));
  }

  /** "Biden, he said, also …": the pronoun stands in an aside right after the name, which is then its topic. */
  private asideAfter(from: number, pronoun: number): boolean {
    const s = this.sentences[this.sentenceIndex(from)];
    return !!s && /^["“]?\p{Lu}[\p{L}.'’ -]*,\s*$/u.test(s.text.slice(from - s.start, pronoun - s.start));
  }

  private opensSentence(pos: number): boolean {
    const s = this.sentences[this.sentenceIndex(pos)];
    return !!s && s.text.trimStart().length + pos === s.start + s.text.length;
  }

  private sentenceIndex(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The speaker a fact carries: the person when resolved, else what the phrase itself says. */
  speaker(p: SpeakerPhrase | null, person: Person | null): Speaker {
    const titleOrg = (t: string | null): string | null => (t ? (this.g.rules.titleOrgs[t] ?? null) : null);
    if (!p && !person) return { name: null, key: null, title: null, org: null, kind: 'person' };
    const unnamed = !person && p ? this.unnamedPronouns.get(p) : undefined;
    if (unnamed) return this.speaker(unnamed, null);
    // "the minister" resolved to a Deputy Foreign Minister keeps the fuller title.
    const fuller = person?.title && p?.title && titlesAgree(p.title, person.title) && person.title.length > p.title.length;
    const title = (fuller ? person.title : p?.title) ?? person?.title ?? null;
    // An org phrase may read as '' (a nationality trimmed off: "HLV người Hà Lan"): no org, the next source counts.
    const written = p?.org || titleOrg(p?.title ?? null) || person?.org || titleOrg(person?.title ?? null);
    const org = written ? this.acronyms.expand(written) : null;
    if (person) return { name: person.name, key: person.key, title, org, kind: 'person' };
    // "Bộ Y tế cho biết": an organisation speaking for itself.
    const kind = p?.form === 'org' ? 'organisation' : 'person';
    const name = p?.name ?? null;
    const full = name !== null && (p?.foreignName === true || this.isFullName(name, this.g.rules.singleWordIsName));
    return { name, key: full ? this.key(name) : null, title, org, kind };
  }
}

/** Whether the text writes the word in lower case, as a word of its own ("realtor"). */
function lowerCaseWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && new RegExp(`(?<![\\p{L}'’-])${escapeRe(lower)}(?![\\p{L}'’-])`, 'u').test(text);
}
