import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { escapeRe } from '../../common/pattern/index.js';
import { readRewritten, type Rewrite } from '../../common/statements/reread.js';
import { BARE_BODY_HEADS, COMMITTEE_FIELD_PAIRS, COMMITTEE_TITLE_WORDS, NAMING_ACTIVITIES, VERBS } from './constants.js';

/*
 * "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bắc Ninh cho biết, …", "Theo Ban Chỉ đạo … TP Đà Nẵng, …": a body
 * named by its activity holds a speech word ("chỉ đạo", "thông tin", "đánh giá") that the engine reads as the verb,
 * so the body's own statement is lost; the comma of "phòng, chống" cuts the name too. The engine is given the
 * sentence with the activity joined into one word and that comma read as a space (same offsets); every statement it
 * finds is given back in the article's own words, the speaker's body included.
 */

const VERB_SET: ReadonlySet<string> = new Set(VERBS);
const ACTIVITIES = NAMING_ACTIVITIES.filter((a) => VERB_SET.has(a) && a.split(' ').length === 2);
const HEADS = [...BARE_BODY_HEADS, 'Tiểu ban'].sort((a, b) => b.length - a.length);
const alternation = (words: readonly string[]): string => words.map(escapeRe).join('|');
const COMMITTEE = new RegExp(
  `(?<![\\p{L}])(${alternation(HEADS)})(\\s+)(${alternation(ACTIVITIES)})((?:\\s+(?:${alternation(COMMITTEE_FIELD_PAIRS)}))?)(?![\\p{L}])`,
  'giu',
);

const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const isUpper = (w: string): boolean => w[0] !== w[0]!.toLowerCase();
/** "chỉ đạo" → "Chỉ-đạo": the activity as one word of the name; lower case where a title holds the committee. */
const joined = (activity: string, ofTitle: boolean): string => {
  const one = activity.replace(' ', '-');
  return ofTitle ? one.toLowerCase() : capitalised(one);
};
const TITLE_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${COMMITTEE_TITLE_WORDS.join('|')})\\s+$`, 'iu');

/**
 * "Ban chỉ đạo Trung ương về phòng chống thiên tai": the engine reads a committee with its field after "về" as a
 * body already (FIELD_HEADS); such a name is left as written.
 */
const FIELD_AFTER = /^(?:\s+[\p{L}\p{M}]+){0,3}\s+về\s/u;

/** Each committee name in a sentence, rewritten to read as one body. A body's name is capitalised. */
function committeeNames(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(COMMITTEE)) {
      const [whole, head, gap, activity, field] = m as unknown as [string, string, string, string, string];
      if (!isUpper(head) && !isUpper(activity)) continue;
      if (FIELD_AFTER.test(s.text.slice(m.index! + whole.length))) continue;
      // "Trưởng Ban Chỉ đạo …": the committee is the org of the title; a capitalised word there would read as a name.
      const ofTitle = TITLE_WORD_BEFORE.test(s.text.slice(0, m.index));
      const text = capitalised(head) + gap + joined(activity, ofTitle) + field.replace(',', ' ');
      const start = s.start + m.index!;
      out.push({ start, end: start + whole.length, text, sentence: { start: s.start, end: s.end } });
    }
  }
  return out;
}

/** A string of the rewritten page in the page's own words (speaker fields collapse spaces). */
function restorer(doc: ExtractDoc, rewrites: readonly Rewrite[]): (s: string) => string {
  const collapse = (x: string): string => x.replace(/\s+/gu, ' ');
  // Same length, same offsets: the whole name first, then what follows each word of it, then each word alone
  // (a title may have taken the head: "Trưởng Ban" + "chỉ-đạo phòng chống dịch huyện").
  const pairs = rewrites.flatMap((r) => {
    const own = doc.text.slice(r.start, r.end);
    const out: [string, string][] = [[r.text, own], [collapse(r.text), collapse(own)]];
    for (const m of r.text.matchAll(/\S+/gu)) {
      out.push([collapse(r.text.slice(m.index)), collapse(own.slice(m.index))]);
      out.push([m[0], own.slice(m.index, m.index + m[0].length)]);
    }
    return out.filter(([from, to]) => from !== to && from.trim().length > 0);
  });
  return (s) => pairs.reduce((acc, [from, to]) => acc.split(from).join(to), s);
}

/** A name holding the joined activity ("Chỉ-đạo") is a piece of the committee read as a person: no speaker. */
const JOINED_IN_NAME = new RegExp(`(?:${ACTIVITIES.map((a) => escapeRe(a.replace(' ', '-'))).join('|')})`, 'iu');

function restored(d: FactDraft, own: (s: string) => string): FactDraft | null {
  if (d.type !== 'statement') return d;
  const sp = d.speaker;
  if (sp.name && JOINED_IN_NAME.test(sp.name)) return null;
  const field = (v: string | null): string | null => (v === null ? null : own(v));
  return { ...d, quote: own(d.quote), speaker: { ...sp, name: field(sp.name), title: field(sp.title), org: field(sp.org) } };
}

export function withCommitteeNames(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) => {
      const rewrites = committeeNames(doc);
      if (rewrites.length === 0) return extractor.extract(doc);
      const own = restorer(doc, rewrites);
      return readRewritten(doc, (d) => extractor.extract(d), rewrites).flatMap((d) => restored(d, own) ?? []);
    },
  };
}
