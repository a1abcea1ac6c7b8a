import type { Speaker } from '../../../core/index.js';
import type { Sentence } from '../extractor.js';
import type { Grammar } from './grammar.js';
import { nameWords, personKey } from './person-key.js';
import type { SpeakerParser } from './speakers.js';
import type { Person, SpeakerPhrase } from './types.js';

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
  person: Person;
  sentence: number;
}

/**
 * The people of one article, in text order, and what each later reference ("Thứ trưởng Vũ",
 * "Deputi Menlu", "ông", "he") points to. A reference resolves only when exactly one person fits.
 */
export class People {
  private readonly persons = new Map<string, Person>();
  private readonly mentions: Mention[] = [];
  private readonly loose: ReadonlySet<string>;
  /** Keys and full-name tests by name: the same names come back in every phrase. */
  private readonly keys = new Map<string, string>();
  private readonly full = new Map<string, boolean>();

  constructor(
    private readonly g: Grammar,
    private readonly parser: SpeakerParser,
    private readonly sentences: readonly Sentence[],
    phrases: readonly SpeakerPhrase[],
    /** Phrases that are the speaker of a statement: a bare name there is a person, elsewhere maybe a headline. */
    speakers: ReadonlySet<SpeakerPhrase>,
    /** The article's text, for what stands between two phrases. */
    text?: string,
  ) {
    this.loose = new Set(g.rules.looseTitles.map((t) => t.toLowerCase()));
    const ordered = [...phrases].sort((a, b) => a.start - b.start);
    // A bare name is a person where it speaks or opens a sentence ("Mary Smith chaired the meeting"): elsewhere
    // two capitalised words may be a place or a product.
    // With the text, a name after a comma opens a clause too ("Meski memberi bocoran, Bojan Hodak tak …").
    const afterComma = (p: SpeakerPhrase): boolean =>
      text !== undefined && g.rules.singleWordIsName && /,\s*$/u.test(text.slice(Math.max(0, p.start - 3), p.start));
    const person = (p: SpeakerPhrase): boolean =>
      p.form !== 'name' || speakers.has(p) || g.rules.nameStyle === 'surname' || this.opensSentence(p.start) || afterComma(p);
    for (const p of ordered) {
      if (p.name && (p.foreignName || this.isFullName(p.name, false)) && person(p)) this.register(p);
    }
    if (text !== undefined) this.aliases(ordered, text);
    // A one-word name with a title, or one that speaks ("…," kata Marcella), is a person pronouns may point to.
    for (const p of ordered) {
      const named = p.title || p.org || (speakers.has(p) && p.form === 'name');
      if (p.name && !this.isFullName(p.name, false) && this.g.rules.singleWordIsName && named) {
        if (this.byShortName(p.name, p.title, Infinity).length === 0) this.register(p);
      }
    }
    for (const p of ordered) {
      if (p.pronoun) continue;
      const person = this.resolve(p);
      if (person) person.gender ??= this.genderOf(p);
      if (person) this.mentions.push({ pos: p.start, person, sentence: this.sentenceIndex(p.start) });
    }
    this.mentions.sort((a, b) => a.pos - b.pos);
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

  /** "bà Lê Thị Hoa", "ông Vũ", "Nguyễn Thị Hoa": the gender the phrase tells, if the rules know its words. */
  private genderOf(p: SpeakerPhrase): 'm' | 'f' | undefined {
    const g = this.g.rules.genders;
    const first = p.text.split(/\s+/u)[0]?.toLowerCase() ?? '';
    const byWord = g && (p.form === 'honorific' || p.pronoun) ? g[first] : undefined;
    if (byWord) return byWord;
    const female = this.g.rules.femaleNameWords;
    return female && p.name && p.name.split(/\s+/u).some((w) => female.includes(w)) ? 'f' : undefined;
  }

  private register(p: SpeakerPhrase): void {
    const key = this.key(p.name!);
    const org = p.org ?? (p.title ? (this.g.rules.titleOrgs[p.title] ?? null) : null);
    const known = this.persons.get(key);
    const gender = this.genderOf(p);
    if (known) {
      known.title ??= p.title;
      known.org ??= org;
      known.gender ??= gender;
      return;
    }
    const person: Person = { key, name: p.name!, title: p.title, org, words: nameWords(p.name!), first: p.start };
    if (gender) person.gender = gender;
    this.persons.set(key, person);
  }

  private byShortName(word: string, title: string | null, before: number): Person[] {
    const w = this.key(word);
    return [...new Set(this.persons.values())].filter((p) => {
      if (p.first >= before) return false;
      const hit = this.g.rules.shortNameWord === 'last' ? p.words[p.words.length - 1] === w : p.words.includes(w);
      return hit && titlesAgree(title, p.title, this.loose);
    });
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
  resolve(p: SpeakerPhrase): Person | null {
    if (p.pronoun) return this.antecedent(p.start, this.genderOf(p));
    if (p.name) {
      const known = this.persons.get(this.key(p.name));
      if (known) return known;
      const before = this.byShortName(p.name, p.title, p.start);
      const hits = before.length ? before : this.byShortName(p.name, p.title, Infinity);
      return hits.length === 1 ? hits[0]! : null;
    }
    if (p.title) {
      const before = this.byTitle(p.title, p.org, p.start);
      return before.length === 1 ? before[0]! : null;
    }
    return null;
  }

  /**
   * The last person mentioned before `pos` whose gender does not contradict the pronoun's ("bà" skips "ông Vũ"),
   * unless another such person was mentioned in that same sentence.
   */
  private antecedent(pos: number, gender?: 'm' | 'f'): Person | null {
    const fits = (m: Mention): boolean => !gender || !m.person.gender || m.person.gender === gender;
    let i = this.mentions.length - 1;
    while (i >= 0 && (this.mentions[i]!.pos >= pos || !fits(this.mentions[i]!))) i--;
    const last = this.mentions[i];
    if (!last) return null;
    for (let j = i - 1; j >= 0 && this.mentions[j]!.sentence === last.sentence; j--) {
      if (fits(this.mentions[j]!) && this.mentions[j]!.person !== last.person) return null;
    }
    return last.person;
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
    // "the minister" resolved to a Deputy Foreign Minister keeps the fuller title.
    const fuller = person?.title && p?.title && titlesAgree(p.title, person.title) && person.title.length > p.title.length;
    const title = (fuller ? person.title : p?.title) ?? person?.title ?? null;
    const org = p?.org ?? titleOrg(p?.title ?? null) ?? person?.org ?? titleOrg(person?.title ?? null);
    if (person) return { name: person.name, key: person.key, title, org, kind: 'person' };
    // "Bộ Y tế cho biết": an organisation speaking for itself.
    const kind = p?.form === 'org' ? 'organisation' : 'person';
    const name = p?.name ?? null;
    const full = name !== null && (p?.foreignName === true || this.isFullName(name, this.g.rules.singleWordIsName));
    return { name, key: full ? this.key(name) : null, title, org, kind };
  }
}
