import { TIME_ZONES } from '../../core/languages/index.js';

/**
 * Dates as news pages write them, to ISO 8601 with an offset. Visible dates carry their zone ("GMT+7",
 * "WIB") or take the site's offset.
 */

const MONTHS: Record<string, number> = {
  // en
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // id
  januari: 1, februari: 2, maret: 3, mei: 5, juni: 6, juli: 7, agustus: 8, oktober: 10, desember: 12,
  agu: 8, agt: 8, okt: 10, des: 12, peb: 2, pebruari: 2, nopember: 11,
  // de and fr: pages in other languages still date their articles ("30. Juni 2022", "jeudi 27 juin 2019")
  januar: 1, jänner: 1, februar: 2, märz: 3, mai: 5, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

const ZONES = TIME_ZONES;

const MONTH_NAME = String.raw`(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\.?`;
const TIME = String.raw`(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?`;
const ZONE = String.raw`(?:\(?\s*(?:(GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?|(WIB|WITA|WIT|ICT)(?![\p{L}])|(UTC|GMT)(?![\p{L}+-]))\s*\)?)?`;
const NOT_DIGIT_BEFORE = String.raw`(?<![\p{N}/.:-])`;
const NOT_DIGIT_AFTER = String.raw`(?![\p{N}])`;

interface Parts { y: number; mo: number; d: number; h: number; mi: number; s: number; offset: string | undefined }

const SEP = String.raw`\s*(?:[,|-]|lúc|pukul|at)?\s*`;
const NUMERIC_DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})`;
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Parts | null }> = [
  // "15:28 | 15/12/2025", "17:30, 06/09/2021"
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}${TIME}\\s*${ZONE}${SEP}(?:[\\p{L}]+(?:\\s[\\p{L}]+)?,\\s*)?${NUMERIC_DATE}${NOT_DIGIT_AFTER}`, 'iu'),
    read: (m) => numeric(m[11], m[12], m[13], m[1], m[2], m[3], m[4], zone(m, 5)),
  },
  // "06/09/2021 - 17:30", "06/09/2021 17:30 GMT+7", "6/9/2021, 17:30 (GMT+7)", "06/09/2021"
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}${NUMERIC_DATE}(?:${SEP}${TIME}\\s*${ZONE})?${NOT_DIGIT_AFTER}`, 'iu'),
    read: (m) => numeric(m[1], m[2], m[3], m[4], m[5], m[6], m[7], zone(m, 8)),
  },
  // "6 September 2021 17:30 WIB", "6 Sep 2021, 17:30", "24. April 2020" (a day written as an ordinal)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\.?\\s+${MONTH_NAME}\\s+(\\d{4})(?:${SEP}${TIME}\\s*${ZONE})?`, 'iu'),
    read: (m) => named(m[3], m[2], m[1], m[4], m[5], m[6], m[7], zone(m, 8)),
  },
  // "September 6, 2021", "Sep. 6, 2021 5:30 pm GMT+7"
  {
    re: new RegExp(`(?<![\\p{L}])${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:${SEP}${TIME}\\s*${ZONE})?`, 'iu'),
    read: (m) => named(m[3], m[1], m[2], m[4], m[5], m[6], m[7], zone(m, 8)),
  },
  // "ngày 06 tháng 09 năm 2021"
  {
    re: /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu,
    read: (m) => numeric(m[1], m[2], m[3], undefined, undefined, undefined, undefined, undefined),
  },
];

function zone(m: RegExpExecArray, i: number): string | undefined {
  const [gmt, sign, hh, mm, named, bare] = [m[i], m[i + 1], m[i + 2], m[i + 3], m[i + 4], m[i + 5]];
  if (gmt && sign && hh) return `${sign}${hh.padStart(2, '0')}:${(mm ?? '00').padStart(2, '0')}`;
  if (named) return ZONES[named.toLowerCase()];
  if (bare) return '+00:00';
  return undefined;
}

/** The highest month number: a "day/month" whose month is above it can only be written month first. */
const LAST_MONTH = 12;

/**
 * Day first, as vi/id and most of the world write it ("06/09/2021"); month first only where day first is impossible
 * ("9/21/2016", the US order, whose second number cannot be a month). "6/9/2021" stays 6 September.
 */
function numeric(d?: string, mo?: string, y?: string, h?: string, mi?: string, s?: string, ampm?: string, offset?: string): Parts | null {
  if (!d || !mo || !y) return null;
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const monthFirst = Number(mo) > LAST_MONTH && Number(d) <= LAST_MONTH;
  return monthFirst ? build(year, Number(d), Number(mo), h, mi, s, ampm, offset) : build(year, Number(mo), Number(d), h, mi, s, ampm, offset);
}

function named(y?: string, month?: string, d?: string, h?: string, mi?: string, s?: string, ampm?: string, offset?: string): Parts | null {
  const mo = month ? MONTHS[month.toLowerCase().replace(/\.$/u, '')] : undefined;
  if (!y || !mo || !d) return null;
  return build(Number(y), mo, Number(d), h, mi, s, ampm, offset);
}

function build(y: number, mo: number, d: number, h: string | undefined, mi: string | undefined, s: string | undefined, ampm: string | undefined, offset: string | undefined): Parts | null {
  let hour = h ? Number(h) : 0;
  if (ampm) {
    const pm = ampm.toLowerCase() === 'p';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const parts = { y, mo, d, h: hour, mi: mi ? Number(mi) : 0, s: s ? Number(s) : 0, offset };
  return valid(parts) ? parts : null;
}

function valid(p: Parts): boolean {
  if (p.y < 1990 || p.y > 2100 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.h > 23 || p.mi > 59 || p.s > 59) return false;
  return p.d <= new Date(Date.UTC(p.y, p.mo, 0)).getUTCDate();
}

function format(p: Parts, defaultOffset: string): string {
  const n = (v: number) => String(v).padStart(2, '0');
  return `${p.y}-${n(p.mo)}-${n(p.d)}T${n(p.h)}:${n(p.mi)}:${n(p.s)}${p.offset ?? defaultOffset}`;
}

/** The first date (with its time, when written next to it) in a visible text, or null. */
export function parseVisibleDate(text: string, defaultOffset: string): string | null {
  const t = text.normalize('NFC').replace(/\s+/gu, ' ');
  let best: { index: number; iso: string } | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const parts = read(m);
    if (parts && (best === null || m.index < best.index)) best = { index: m.index, iso: format(parts, defaultOffset) };
  }
  return best?.iso ?? null;
}

const ISO = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

/** A date written without separators ("20090312", meta pub_date). */
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})$/u;

/** A zone written twice: "2015-06-19T03:40:00+07:00Z" is 03:40 at +07:00. */
const OFFSET_THEN_Z = /([+-]\d{2}:?\d{2})Z$/iu;
/** A time written with dashes: "2015-06-16T14-05-11Z". Its zone is not trusted (the visible time was local). */
const DASHED_TIME = /^(\d{4}-\d{2}-\d{2})[T\s](\d{2})-(\d{2})(?:-(\d{2}))?Z?$/iu;
/** A machine date's own year-month-day opening, whatever follows it. */
const DATE_FIRST = /^(\d{4})[-/](\d{2})[-/](\d{2})(?!\d)/u;

/**
 * A machine date written by hand, repaired: the zone written twice, a time with dashes (then in the site's offset);
 * else, when it opens with a year-month-day, that day. Never read as visible text: "16T14-05-11" is no 14/05/11.
 */
function repairedMachineDate(v: string): string | null {
  const once = v.replace(OFFSET_THEN_Z, '$1');
  if (ISO.test(once)) return once;
  const dashed = DASHED_TIME.exec(once);
  if (dashed) return `${dashed[1]}T${dashed[2]}:${dashed[3]}:${dashed[4] ?? '00'}`;
  const day = DATE_FIRST.exec(once);
  return day ? `${day[1]}-${day[2]}-${day[3]}` : null;
}

/** A machine-readable date (meta, JSON-LD, <time datetime>) to ISO with an offset; null when it is not one. */
export function normaliseIsoDate(value: string | undefined | null, defaultOffset: string): string | null {
  const raw = value?.trim().replace(COMPACT, '$1-$2-$3');
  if (!raw) return null;
  const v = ISO.test(raw) ? raw : (repairedMachineDate(raw) ?? raw);
  const m = ISO.exec(v);
  if (!m) return parseVisibleDate(v, defaultOffset);
  const [, y, mo, d, h, mi, s, off] = m;
  let offset: string | undefined;
  if (off) offset = off.toUpperCase() === 'Z' ? '+00:00' : off.length === 3 ? `${off}:00` : off.includes(':') ? off : `${off.slice(0, 3)}:${off.slice(3)}`;
  const parts = build(Number(y), Number(mo), Number(d), h, mi, s, undefined, offset);
  return parts ? format(parts, defaultOffset) : null;
}

const URL_DATE = /(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)/u;
/** "/2020-02/19/": the year-month folder then the day folder (Xinhua, People's Daily and other Chinese news sites). */
const URL_MONTH_THEN_DAY = /(?:^|\/)((?:19|20)\d{2})-(\d{2})\/(\d{2})\//u;
/** "-20221224114853215.htm": a time stamp closing the slug (Dân trí, Tuổi Trẻ, Người Lao Động); only its day is used. */
const URL_STAMP = /-((?:19|20)\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,6}\.s?html?$/u;

/**
 * The date a URL's path gives ("/2015/11/04/", "/read/20151104/", "-2015-11-04-", "-20151104093000123.htm"), at
 * midnight in the default offset: htmldate's last resort, after every date the page itself shows.
 */
export function dateFromUrlPath(url: string | null | undefined, defaultOffset: string): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const split = URL_MONTH_THEN_DAY.exec(path);
  const stamp = URL_STAMP.exec(path);
  const m =
    URL_DATE.exec(path) ??
    (split ? [split[0], split[1], '/', split[2], split[3]] : stamp ? [stamp[0], stamp[1], '', stamp[2], stamp[3]] : null);
  if (!m?.[1] || !m[3] || !m[4]) return null;
  if (m[2] === '' && (m[3].length !== 2 || m[4].length !== 2)) return null;
  const parts = build(Number(m[1]), Number(m[3]), Number(m[4]), undefined, undefined, undefined, undefined, undefined);
  return parts ? format(parts, defaultOffset) : null;
}
