import type { FeedRecord } from '../feed-record.js';
import { aggregate, type ReportData } from './aggregate.js';
import { doseSpec, officialsSpec, perDaySpec, renderSvg } from './charts.js';
import { reportHtml } from './html.js';

export { readFactsFile, readFeedDir } from './load.js';

export interface ReportOptions {
  title?: string;
  /** Named on the page: the file or directory the facts came from. */
  source: string;
  /** Printed on the page; pass a fixed one for a byte-identical page. */
  generatedAt?: string;
  topOfficials?: number;
}

export interface Report {
  html: string;
  data: ReportData;
}

/** Facts → one self-contained HTML page with SVG charts (vega-lite rendered in Node) and tables. */
export async function buildReport(records: readonly FeedRecord[], o: ReportOptions): Promise<Report> {
  const data = aggregate(records, { topOfficials: o.topOfficials ?? 10 });
  const [doses, perDay, officials] = await Promise.all([
    data.doses.length > 0 ? renderSvg(doseSpec(data)) : undefined,
    data.perDay.length > 0 ? renderSvg(perDaySpec(data)) : undefined,
    data.officials.length > 0 ? renderSvg(officialsSpec(data)) : undefined,
  ]);
  const html = reportHtml(
    data,
    { doses, perDay, officials },
    {
      title: o.title ?? 'newsfacts report',
      source: o.source,
      generatedAt: o.generatedAt ?? new Date().toISOString(),
    },
  );
  return { html, data };
}
