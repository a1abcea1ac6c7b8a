import type { DosePoint, Official, ReportData } from './aggregate.js';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) links become anchors: a `javascript:` URL in a feed never reaches the page as a link. */
function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1000px;color:#222;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#666}.chart{overflow-x:auto}.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f6}td:first-child{white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
blockquote{margin:4px 0 8px 12px;padding-left:8px;border-left:3px solid #2ca02c;color:#333}
.empty{color:#999;font-style:italic}`;

function number(d: DosePoint): string {
  const v = d.value.toLocaleString('en-US');
  const range = d.valueMax !== null ? `–${d.valueMax.toLocaleString('en-US')}` : '';
  return `${d.approximate ? '~' : ''}${v}${range}`;
}

const COLUMNS = ['date', 'doses', 'status', 'vaccine', 'counterpart', 'site', 'lang', 'article'];

function figureRow(d: DosePoint): string {
  const cells = [
    `<td>${d.day}${d.dated === 'published' ? '*' : ''}</td>`,
    `<td class="num">${number(d)}</td>`,
    ...[d.status, d.item ?? '', d.counterpart ?? '', d.site, d.lang].map((x) => `<td>${escapeHtml(x)}</td>`),
    `<td>${link(d.url, d.title || d.url)}<br><small>${escapeHtml(d.text)}</small></td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

function figuresTable(doses: DosePoint[]): string {
  if (doses.length === 0) return '<p class="empty">No dose figures with a number and a date.</p>';
  const head = `<thead><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  return (
    `<table>${head}<tbody>${doses.map(figureRow).join('')}</tbody></table>` +
    '<p class="meta">* no date in the text: the article\'s publication day.</p>'
  );
}

function officialsList(officials: Official[]): string {
  if (officials.length === 0) return '<p class="empty">No statements with a named speaker.</p>';
  return officials
    .map((o) => {
      const who = [o.title, o.org]
        .filter(Boolean)
        .map((x) => escapeHtml(x!))
        .join(', ');
      const quotes = o.statements.map(
        (s) =>
          `<blockquote>“${escapeHtml(s.quote)}” — ${link(s.url, s.title || s.url)}` +
          `${s.day ? ` (${s.day})` : ''}</blockquote>`,
      );
      const about = `${who ? `${who}; ` : ''}${o.count} statement(s)`;
      return `<h3>${escapeHtml(o.name)} <small class="meta">${about}</small></h3>${quotes.join('')}`;
    })
    .join('');
}

export interface ReportCharts {
  doses: string | undefined;
  perDay: string | undefined;
  officials: string | undefined;
}

function chart(svg: string | undefined, empty: string): string {
  return svg ? `<div class="chart">${svg}</div>` : `<p class="empty">${empty}</p>`;
}

/** The whole page: inline CSS, inline SVG, no script, nothing fetched. */
export function reportHtml(
  data: ReportData,
  charts: ReportCharts,
  meta: { title: string; source: string; generatedAt: string },
): string {
  const leftOut = data.dosesLeftOut
    ? `<p class="meta">${data.dosesLeftOut} dose fact(s) without a number or a date are not shown.</p>`
    : '';
  const sites = escapeHtml(data.sites.join(', '));
  const types =
    Object.entries(data.byType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ') || 'none';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(meta.title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(meta.title)}</h1>
<p class="meta">${data.records} facts (${types}) from ${data.sites.length} site(s): ${sites}.
Source: ${escapeHtml(meta.source)}; generated ${escapeHtml(meta.generatedAt)}.</p>
<h2>Dose figures over time, by site, language and status</h2>
${chart(charts.doses, 'No dose figures with a number and a date.')}
${leftOut}
<h2>Facts per day, by type</h2>
${chart(charts.perDay, 'No facts with a publication date.')}
<h2>Most quoted officials</h2>
${chart(charts.officials, 'No statements with a named speaker.')}
${officialsList(data.officials)}
<h2>Dose figures</h2>
${figuresTable(data.doses)}
</body></html>
`;
}
