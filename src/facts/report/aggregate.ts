import type { DateRecord, DoseRecord, FeedRecord, StatementRecord } from '../feed-record.js';

/** One dose figure placed in time: the date the text gives it, else the article's publication day. */
export interface DosePoint {
  day: string;
  /** Where `day` came from: the dose's own date fact, or the article's publication date. */
  dated: 'text' | 'published';
  site: string;
  lang: string;
  status: string;
  value: number;
  valueMax: number | null;
  approximate: boolean;
  item: string | null;
  counterpart: string | null;
  text: string;
  url: string;
  title: string;
}

interface DayCount {
  day: string;
  type: string;
  count: number;
}

export interface Official {
  name: string;
  title: string | null;
  org: string | null;
  count: number;
  statements: { quote: string; url: string; title: string; day: string | null }[];
}

export interface ReportData {
  records: number;
  byType: Record<string, number>;
  sites: string[];
  doses: DosePoint[];
  /** Dose figures with no number (vague) or no date anywhere: in the counts, not in the chart. */
  dosesLeftOut: number;
  perDay: DayCount[];
  officials: Official[];
}

/** `2021-09-06`, `2021-09`, `2021` or a datetime → the first day it covers; intervals take their start. */
export function firstDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const month = m[2] ?? '01';
  if (value.length > 4 && m[2] === undefined) return null; // 2021-Q3, 2021-W36: not a calendar day
  return `${m[1]}-${month}-${m[3] ?? '01'}`;
}

const DAY_GRANULARITIES = new Set(['day', 'time', 'part-of-day', 'week', 'month']);

function doseDay(d: DoseRecord, dates: Map<string, DateRecord>): { day: string; dated: 'text' | 'published' } | null {
  const date = d.dateId ? dates.get(d.dateId) : undefined;
  const own = date && DAY_GRANULARITIES.has(date.granularity) ? firstDay(date.value) : null;
  if (own) return { day: own, dated: 'text' };
  const published = firstDay(d.article.publishedAt);
  return published ? { day: published, dated: 'published' } : null;
}

function speakerName(s: StatementRecord): string | null {
  return s.speaker.name ?? null;
}

export function aggregate(
  records: readonly FeedRecord[],
  opts: { topOfficials?: number; quotesPerOfficial?: number } = {},
): ReportData {
  const dates = new Map<string, DateRecord>();
  const byType: Record<string, number> = {};
  const sites = new Set<string>();
  for (const r of records) {
    byType[r.type] = (byType[r.type] ?? 0) + 1;
    sites.add(r.article.site);
    if (r.type === 'date') dates.set(r.id, r);
  }
  const doses: DosePoint[] = [];
  let dosesLeftOut = 0;
  const perDay = new Map<string, DayCount>();
  const officials = new Map<string, Official>();
  for (const r of records) {
    const published = firstDay(r.article.publishedAt);
    if (published) {
      const key = `${published} ${r.type}`;
      const c = perDay.get(key) ?? { day: published, type: r.type, count: 0 };
      c.count++;
      perDay.set(key, c);
    }
    if (r.type === 'dose') {
      const when = doseDay(r, dates);
      if (r.value === null || !when) {
        dosesLeftOut++;
        continue;
      }
      doses.push({
        ...when,
        site: r.article.site,
        lang: r.lang,
        status: r.status,
        value: r.value,
        valueMax: r.valueMax,
        approximate: r.approximate,
        item: r.item,
        counterpart: r.counterpart,
        text: r.text,
        url: r.article.url,
        title: r.article.title,
      });
    } else if (r.type === 'statement') {
      const name = speakerName(r);
      if (!name) continue;
      const key = r.speaker.key ?? name.toLowerCase();
      const o = officials.get(key) ?? { name, title: r.speaker.title, org: r.speaker.org, count: 0, statements: [] };
      o.count++;
      o.title ??= r.speaker.title;
      o.org ??= r.speaker.org;
      o.statements.push({ quote: r.quote, url: r.article.url, title: r.article.title, day: published });
      officials.set(key, o);
    }
  }
  const quotes = opts.quotesPerOfficial ?? 3;
  const top = [...officials.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, opts.topOfficials ?? 10)
    .map((o) => ({ ...o, statements: o.statements.slice(0, quotes) }));
  return {
    records: records.length,
    byType,
    sites: [...sites].sort(),
    doses: doses.sort((a, b) => a.day.localeCompare(b.day) || a.site.localeCompare(b.site) || a.value - b.value),
    dosesLeftOut,
    perDay: [...perDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.type.localeCompare(b.type)),
    officials: top,
  };
}
