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
