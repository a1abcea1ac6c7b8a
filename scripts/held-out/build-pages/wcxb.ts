/**
 * WCXB (Murrough Foley, Web Content Extraction Benchmark v1.0, CC-BY-4.0): pages of 2025 with a ground truth made
 * by a language model and reviewed. Taken: the news pages, i.e. pages typed `article` whose HTML declares a
 * schema.org NewsArticle (or Reportage/AnalysisNewsArticle) in JSON-LD. WCXB's own test part has its scripts
 * stripped, so only its dev part can qualify. Expected text: the ground truth's title, then its main content; its
 * with/without snippets are kept. Split by site.
 */
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { type BuiltPage, fileName, Mirror, siteOfHost, splitOf } from './mirror.js';

const GroundTruth = z.object({
  url: z.string(),
  file_id: z.string(),
  _internal: z.object({ page_type: z.object({ primary: z.string() }).optional() }).optional(),
  ground_truth: z.object({
    title: z.string().nullish(),
    publish_date: z.string().nullish(),
    main_content: z.string(),
    with: z.array(z.string()).default([]),
    without: z.array(z.string()).default([]),
  }),
});

const NEWS_TYPE = /"@type"\s*:\s*\[?\s*"(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle)"/u;

function expectedText(title: string | null | undefined, body: string): string {
  const t = title?.trim() ?? '';
  return t === '' || body.trimStart().startsWith(t) ? body.trim() : `${t}\n\n${body.trim()}`;
}

export function buildWcxb(mirrors: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'Murrough-Foley/web-content-extraction-benchmark');
  const pages: BuiltPage[] = [];
  for (const part of ['dev', 'test']) {
    for (const path of m.list(`${part}/ground-truth`).filter((p) => p.endsWith('.json'))) {
      const parsed = GroundTruth.safeParse(JSON.parse(m.read(path).toString('utf8')));
      if (!parsed.success) continue;
      const gt = parsed.data;
      const g = gt.ground_truth;
      if (gt._internal?.page_type?.primary !== 'article') continue;
      const htmlPath = `${part}/html/${gt.file_id}.html.gz`;
      const bytes = gunzipSync(m.read(htmlPath));
      if (!NEWS_TYPE.test(bytes.toString('utf8'))) continue;
      const id = `wcxb-${gt.file_id}`;
      const row = {
        id,
        url: gt.url,
        file: fileName(id),
        expected: expectedText(g.title, g.main_content),
        with: g.with,
        without: g.without,
        source: m.source(htmlPath),
      };
      pages.push({ row, split: splitOf(siteOfHost(new URL(gt.url).hostname)), bytes });
    }
  }
  return pages;
}
