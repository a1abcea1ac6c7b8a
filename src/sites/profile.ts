import { z } from 'zod';
import { Lang } from '../core/index.js';

const RegexSource = z.string().refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** One language edition of a site: what `crawl --site <id>` starts from. */
export const SiteEdition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  lang: Lang,
  startUrls: z.array(z.url()).min(1),
  feeds: z.array(z.url()).default([]),
  sitemaps: z.array(z.url()).default([]),
});
export type SiteEdition = z.infer<typeof SiteEdition>;

/** CSS selectors tried in order; the first that finds something wins. */
const Selectors = z.array(z.string().min(1)).default([]);

export const SiteProfile = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** What the site is and anything a maintainer of the profile should know. */
  description: z.string().optional(),
  hosts: z.array(z.string().min(1)).min(1),
  /** The site's UTC offset, for visible dates without one. */
  utcOffset: z.string().regex(/^[+-]\d\d:\d\d$/),
  editions: z.array(SiteEdition).min(1),
  articleUrlPatterns: z.array(RegexSource).min(1),
  listingUrlPatterns: z.array(RegexSource).default([]),
  /** Query parameter of listing pages ("trang" for ?trang=2) and how deep to page. */
  pagination: z.object({ param: z.string(), maxPages: z.number().int().positive() }).optional(),
  selectors: z.object({
    title: Selectors,
    lead: Selectors,
    body: Selectors,
    published: Selectors,
    author: Selectors,
    section: Selectors,
    captions: Selectors,
    /** Removed from the body before reading it: related news, share bars, comments. */
    remove: Selectors,
    listingLinks: Selectors,
  }),
  /** Headings that start a block to drop with everything after it ("Tin liên quan", "Yang lain"). */
  boilerplateHeadings: z.array(z.string()).default([]),
  /** Suffixes stripped from <title> (" | Vietnam+"). */
  titleSuffixes: z.array(z.string()).default([]),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
