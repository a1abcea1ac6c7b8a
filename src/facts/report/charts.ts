import type { ReportData } from './aggregate.js';

/** Vega-Lite specs of the report's charts, rendered to SVG strings in Node (no browser, no network). */

type Spec = Record<string, unknown>;

const STATUS_ORDER = ['received', 'committed', 'administered', 'expected', 'donated', 'unknown'];
const FONT = { font: 'system-ui, sans-serif', labelFont: 'system-ui, sans-serif', titleFont: 'system-ui, sans-serif' };
const CONFIG = {
  ...FONT,
  view: { stroke: '#ddd' },
  axis: { labelFontSize: 11, titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
};

export function doseSpec(data: ReportData): Spec {
  return {
    data: { values: data.doses.filter((d) => d.value > 0).map((d) => ({ ...d, date: d.day })) },
    facet: {
      row: {
        field: 'site',
        type: 'nominal',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 'bold' },
      },
    },
    spec: {
      width: 760,
      height: 130,
      mark: { type: 'point', filled: true, size: 70, opacity: 0.85 },
      encoding: {
        x: { field: 'date', type: 'temporal', title: 'date of the figure (its own date, else the article\u2019s)' },
        y: {
          field: 'value',
          type: 'quantitative',
          title: 'doses (log)',
          scale: { type: 'log' },
          axis: { format: '~s', tickCount: 5 },
        },
        color: {
          field: 'status',
          type: 'nominal',
          scale: { domain: STATUS_ORDER, scheme: 'category10' },
          title: 'status',
        },
        shape: { field: 'lang', type: 'nominal', title: 'language' },
        tooltip: [{ field: 'value', type: 'quantitative' }, { field: 'text' }, { field: 'title' }],
      },
    },
    resolve: { scale: { x: 'shared' } },
    config: CONFIG,
  };
}

export function perDaySpec(data: ReportData): Spec {
  return {
    width: 760,
    height: 220,
    data: { values: data.perDay },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'day', type: 'temporal', timeUnit: 'yearmonthdate', title: 'publication day' },
      y: { field: 'count', type: 'quantitative', aggregate: 'sum', title: 'facts', stack: 'zero' },
      color: {
        field: 'type',
        type: 'nominal',
        scale: { domain: ['dose', 'date', 'statement'], range: ['#d62728', '#1f77b4', '#2ca02c'] },
        title: 'type',
      },
    },
    config: CONFIG,
  };
}

export function officialsSpec(data: ReportData): Spec {
  return {
    width: 560,
    height: { step: 22 },
    data: { values: data.officials.map((o) => ({ name: o.name, count: o.count })) },
    mark: { type: 'bar', color: '#2ca02c' },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: '-x', title: null },
      x: { field: 'count', type: 'quantitative', title: 'statements', axis: { tickMinStep: 1, format: 'd' } },
    },
    config: CONFIG,
  };
}

/** One spec → one `<svg>` element. vega and vega-lite are loaded here, only by the report. */
export async function renderSvg(spec: Spec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  // A loader that refuses every URL: the report never reaches the network or the disk.
  const loader = vega.loader();
  loader.load = () => Promise.reject(new Error('the report loads no data from outside'));
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
