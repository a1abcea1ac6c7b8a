import { z } from 'zod';
import { Lang } from './lang.js';

const ExtractorRef = z.object({ name: z.string().min(1), version: z.string().min(1) });

/** Fields every fact has: where it is in Article.text and who found it. */
export const FactBase = z.object({
  id: z.string().min(1),
  lang: Lang,
  /** The matched span, exactly Article.text.slice(start, end). */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** The sentence that contains the span. */
  sentence: z.string(),
  extractor: ExtractorRef,
});

export const DoseStatus = z.enum(['committed', 'received', 'expected', 'allocated', 'administered', 'donated', 'unknown']);
export type DoseStatus = z.infer<typeof DoseStatus>;

export const DoseFact = FactBase.extend({
  type: z.literal('dose'),
  /** Null for vague amounts ("hàng triệu liều", "millions of doses"). */
  value: z.number().nonnegative().nullable(),
  /** Upper bound of a range ("16-17 triệu liều"), else null. */
  valueMax: z.number().nonnegative().nullable(),
  approximate: z.boolean(),
  /** What the doses are of: "vaccine", a named vaccine ("AstraZeneca"), "drug", or null when unsaid. */
  item: z.string().nullable(),
  status: DoseStatus,
  /** The country or body on the other side (donor, supplier, Covax), when named. */
  counterpart: z.string().nullable(),
});
export type DoseFact = z.infer<typeof DoseFact>;

export const DateMod = z.enum(['START', 'MID', 'END', 'APPROX']);
export type DateMod = z.infer<typeof DateMod>;
export const DateGranularity = z.enum(['time', 'part-of-day', 'day', 'week', 'month', 'quarter', 'year']);
export type DateGranularity = z.infer<typeof DateGranularity>;
const DateField = z.enum(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute']);

export const DateFact = FactBase.extend({
  type: z.literal('date'),
  /** ISO 8601 / TimeML value: 2021-09-06, 2021-08, 2021-Q3, 2021, 2021-09/2021-10, 2021-09-06T15:00+07:00. */
  value: z.string().min(1),
  mod: DateMod.nullable(),
  granularity: DateGranularity,
  /** Fields not written in the text but taken from the publication date (or resolved relatively). */
  implied: z.array(DateField),
});
export type DateFact = z.infer<typeof DateFact>;

export const Speaker = z.object({
  name: z.string().nullable(),
  /** ASCII-folded lower-case full name: "nguyen minh vu". Null when the speaker has no name. */
  key: z.string().nullable(),
  title: z.string().nullable(),
  org: z.string().nullable(),
  /** A person (named or not: "the minister", "he") or an organisation speaking for itself ("Bộ Y tế cho biết"). */
  kind: z.enum(['person', 'organisation']),
});
export type Speaker = z.infer<typeof Speaker>;

export const StatementFact = FactBase.extend({
  type: z.literal('statement'),
  speaker: Speaker,
  quote: z.string().min(1),
  direct: z.boolean(),
  verb: z.string().nullable(),
});
export type StatementFact = z.infer<typeof StatementFact>;

export const Fact = z.discriminatedUnion('type', [DoseFact, DateFact, StatementFact]);
export type Fact = z.infer<typeof Fact>;
export type FactType = Fact['type'];
export const FACT_TYPES = ['dose', 'date', 'statement'] as const satisfies readonly FactType[];

/** What an extractor returns: a fact before the pipeline gives it its stable id. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type FactDraft = WithoutId<Fact>;
