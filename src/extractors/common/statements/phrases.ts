import type { ExtractDoc } from '../extractor.js';
import type { SpeakerParser } from './speakers.js';
import type { SpeakerPhrase } from './types.js';

/** Index of the last item starting at or before `pos`, or -1. */
export function indexAt(items: readonly { start: number }[], pos: number): number {
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

/** Every speaker phrase of the article, found once, in text order (none in the headline). */
export class Phrases {
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

  /** The phrase right before `p`, if any. */
  before(p: SpeakerPhrase): SpeakerPhrase | undefined {
    const i = this.all.indexOf(p);
    return i > 0 ? this.all[i - 1] : undefined;
  }

  /** The phrase right after `p`, if any. */
  after(p: SpeakerPhrase): SpeakerPhrase | undefined {
    const i = this.all.indexOf(p);
    return i >= 0 ? this.all[i + 1] : undefined;
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

/**
 * "…," tutur Manager Hukum dan Humas Daop 9 Jember, Cahyo Widiantoro, Kamis: a title with no name, then a full
 * name set off by commas before the sentence ends, is that person; the name takes the title's words.
 */
export function nameBetweenCommas(text: string, phrases: Phrases, p: SpeakerPhrase): SpeakerPhrase {
  if (p.name || p.pronoun || p.form !== 'titled') return p;
  for (const q of phrases.within(p.end, p.end + 80)) {
    if (/[.!?"“”]/u.test(text.slice(p.end, q.start))) break;
    if (q.form !== 'name' || !q.fullName || !/,\s*$/u.test(text.slice(p.end, q.start))) continue;
    if (!/^\s*(?:,|[.!?]|$)/u.test(text.slice(q.end, q.end + 2))) break;
    q.title ??= p.title;
    q.org ??= p.org;
    return q;
  }
  return p;
}

/** What may stand between a person's title and the body it belongs to: its unit, in at most eight words. */
const UNIT_GAP = /^(?:\s*[,—–-])?(?:\s+[\p{L}\p{N}&]+){0,8}\s*(?:[,—–-]\s*)?$/u;

/** The title is written after the name ("X, Giám đốc …", "X - Phó Trưởng phòng …"). */
function titleAfterName(q: SpeakerPhrase): boolean {
  const text = q.text.toLowerCase();
  const title = q.title?.toLowerCase() ?? '';
  const at = text.lastIndexOf(title);
  return title !== '' && at > text.indexOf((q.name ?? '').toLowerCase());
}

/**
 * "Bà X, Phó Trưởng phòng Quản lý môi trường, | Sở Nông nghiệp và Môi trường Hà Nội | cho biết", "ông X - Phó
 * Trưởng phòng Truyền thông và Tuyển sinh | Trường Đại học Thương mại | cho rằng": a body after a person's title
 * and its unit is where that person works, not a second speaker; the person speaks. `verbs` finds a reporting
 * verb: a gap holding one is a clause of its own.
 */
export function personOwning(text: string, phrases: Phrases, p: SpeakerPhrase, verbs: RegExp): SpeakerPhrase {
  if (p.form !== 'org' || p.name) return p;
  const q = phrases.before(p);
  if (!q?.name || q.pronoun || !titleAfterName(q)) return p;
  const gap = text.slice(q.end, p.start);
  if (!UNIT_GAP.test(gap) || verbs.test(gap)) return p;
  q.org ??= p.org;
  return q;
}

/** The body after a titled person ("Bà X, Phó Trưởng phòng …, | Sở … | cho biết"), where the verb follows it. */
export function bodyAfter(text: string, phrases: Phrases, q: SpeakerPhrase, verbs: RegExp): SpeakerPhrase | null {
  const p = phrases.after(q);
  return p && personOwning(text, phrases, p, verbs) === q ? p : null;
}
