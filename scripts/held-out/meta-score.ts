/**
 * Scores the article reader's metadata on a held-out page set: per field (publication day, title, site) how many
 * pages it got right, wrong or missing. A wrong value is worse than a missing one, so both are kept apart.
 */
import { z } from 'zod';

export const MetaRow = z.object({
  id: z.string(),
  url: z.string(),
  /** The page bytes (gzip or plain), relative to the set's folder. */
  file: z.string(),
  expected: z.object({
    /** The calendar day of first publication, as the page states it (its own time zone). */
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
    /** The headline a reader sees (absent when the page has no clear one). */
    title: z.string().optional(),
    site: z.string().optional(),
  }),
  /** Where the page comes from: repository, commit, path (and the gold file the date was copied from). */
  source: z.object({ repo: z.string(), commit: z.string(), path: z.string(), gold: z.string().optional() }).optional(),
});
export type MetaRow = z.infer<typeof MetaRow>;

export const FIELDS = ['publishedAt', 'title', 'site'] as const;
export type Field = (typeof FIELDS)[number];
export type Verdict = 'right' | 'wrong' | 'missing';

/** What the reader said about a page. */
export interface ReadMeta {
  publishedAt: string | null;
  title: string | null;
  site: string | null;
}

export interface MetaScore {
  id: string;
  /** One verdict per field the row annotates. */
  verdicts: Partial<Record<Field, Verdict>>;
  got: ReadMeta;
}

/** The calendar day an ISO date-time names in its own offset ("2020-01-02T23:30:00-05:00" → "2020-01-02"). */
export function dayOf(iso: string | null): string | null {
  return iso ? (/^\d{4}-\d{2}-\d{2}/u.exec(iso)?.[0] ?? null) : null;
}

/** Titles compared as a reader would: case, white space, quote marks, dashes and ellipses do not matter. */
export function titleKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟«»″]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/…/gu, '...')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
}

/** A page whose gold is null has no value to find: saying nothing is right there, and any value is wrong. */
function verdict(expected: string | null, got: string | null): Verdict {
  if (got === null || got === '') return expected === null ? 'right' : 'missing';
  return expected === got ? 'right' : 'wrong';
}

export function scoreMeta(row: MetaRow, got: ReadMeta): MetaScore {
  const verdicts: Partial<Record<Field, Verdict>> = {};
  const { publishedAt, title, site } = row.expected;
  verdicts.publishedAt = verdict(publishedAt, dayOf(got.publishedAt));
  if (title !== undefined) verdicts.title = verdict(titleKey(title), got.title === null ? null : titleKey(got.title));
  if (site !== undefined) verdicts.site = verdict(site.toLowerCase(), got.site?.toLowerCase() ?? null);
  return { id: row.id, verdicts, got };
}

export interface FieldCounts {
  pages: number;
  right: number;
  wrong: number;
  missing: number;
}

export function aggregateMeta(scores: readonly MetaScore[]): Record<Field, FieldCounts> {
  const out = Object.fromEntries(FIELDS.map((f) => [f, { pages: 0, right: 0, wrong: 0, missing: 0 }])) as Record<
    Field,
    FieldCounts
  >;
  for (const s of scores) {
    for (const f of FIELDS) {
      const v = s.verdicts[f];
      if (!v) continue;
      out[f].pages++;
      out[f][v]++;
    }
  }
  return out;
}
