import { z } from 'zod';
import { DetectedLang } from './lang.js';
import { Fact } from './fact.js';

export const ParagraphKind = z.enum(['title', 'lead', 'heading', 'body', 'quote', 'list', 'dateline']);
export type ParagraphKind = z.infer<typeof ParagraphKind>;

/** One block of Article.text: `start`/`end` are offsets into Article.text. */
export const Paragraph = z.object({
  text: z.string(),
  lang: DetectedLang,
  kind: ParagraphKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Paragraph = z.infer<typeof Paragraph>;

const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * A cleaned news article. `text` is the title, the lead and the body paragraphs joined by blank lines
 * (NFC); every fact span points into it. A page that is not an article has empty text and a `reason`.
 */
export const Article = z.object({
  url: z.string().min(1),
  canonicalUrl: z.string().nullable(),
  site: z.string(),
  lang: DetectedLang,
  title: z.string(),
  lead: z.string(),
  text: z.string(),
  paragraphs: z.array(Paragraph),
  publishedAt: IsoDateTime.nullable(),
  modifiedAt: IsoDateTime.nullable(),
  authors: z.array(z.string()),
  section: z.string().nullable(),
  captions: z.array(z.string()),
  fetchedAt: IsoDateTime,
  /** Why the text is empty (not an article, no content found), when it is. */
  reason: z.string().optional(),
  facts: z.array(Fact),
});
export type Article = z.infer<typeof Article>;
