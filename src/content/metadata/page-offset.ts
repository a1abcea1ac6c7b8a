/**
 * A machine date written in UTC ("…Z", "+00:00") names an instant, not the day the page was published on: WordPress
 * and many CMSs write article:published_time in UTC while the same page states its own dates with the local offset
 * (`<time datetime="2023-11-08T21:11:03-05:00">`, JSON-LD uploadDate). The instant read in that offset gives the
 * local day a reader sees; the instant itself does not change.
 */

/** A date-time with an explicit offset inside any machine-readable text (meta content, JSON-LD, datetime). */
const STATED_OFFSET = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?([+-])(\d{2}):?(\d{2})(?!\d)/gu;
/** A machine value that names UTC explicitly, with a time of day. */
const WRITTEN_IN_UTC = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$/iu;

/**
 * The page's own offset: the most frequent non-zero offset its machine dates state, when one is more frequent
 * than every other; undefined when they state none or disagree evenly.
 */
export function statedPageOffset(texts: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(STATED_OFFSET)) {
      const offset = `${m[1]}${m[2]}:${m[3]}`;
      if (m[2] === '00' && m[3] === '00') continue;
      counts.set(offset, (counts.get(offset) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * `iso` (as normalised) re-expressed in the page's offset when its raw value was written in UTC; otherwise `iso` as
 * is. The offset is read only then: most pages write no UTC date, and reading every machine text costs a pass.
 */
export function inPageOffset(raw: string | null | undefined, iso: string | null, pageOffset: () => string | undefined): string | null {
  if (!iso || !raw || !WRITTEN_IN_UTC.test(raw.trim())) return iso;
  const offset = pageOffset();
  if (!offset) return iso;
  const instant = Date.parse(iso);
  const m = /^([+-])(\d{2}):(\d{2})$/u.exec(offset);
  if (Number.isNaN(instant) || !m) return iso;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const local = new Date(instant + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

const LOCAL_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?([+-]\d{2}:\d{2})$/u;
/** Offsets people live in: UTC−12 to UTC+14, in steps of half an hour (India +05:30, Newfoundland −03:30). */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;
const OFFSET_STEP = 30;
const MAX_MIDNIGHT_OFFSET = 12 * 60;

/** The wall clock of an ISO date-time to the minute, as minutes since the epoch read as if it were UTC. */
function wallClockMinutes(iso: string): { minutes: number; hhmm: string; offset: string } | null {
  const m = LOCAL_PARTS.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, offset] = m;
  return { minutes: Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 60_000, hhmm: `${h}:${mi}`, offset: offset ?? '' };
}

const formatOffset = (minutes: number): string => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * A machine date left in UTC (no offset stated anywhere) whose visible dateline shows the same instant on the local
 * clock: "Published Nov. 8, 2023, 10:28 p.m. ET" beside article:published_time 2023-11-09T03:28:35Z. The two clocks
 * then differ by a whole offset (same minute, a difference a time zone can have), and the local day is the one the
 * page was published on. Null when they do not tell the same instant that way, or name the same day already; a
 * visible date without a time of day (read as midnight) never counts, nor does any clock that differs in its minutes.
 */
export function onVisibleClock(machine: string, visible: string | null): string | null {
  const utc = wallClockMinutes(machine);
  const local = visible ? wallClockMinutes(visible) : null;
  if (!utc || !local || utc.offset !== '+00:00') return null;
  if (machine.slice(0, 10) === visible?.slice(0, 10)) return null;
  const offset = local.minutes - utc.minutes;
  if (offset === 0 || offset < MIN_OFFSET || offset > MAX_OFFSET || offset % OFFSET_STEP !== 0) return null;
  // A day without a time of day only matches a machine date that is that day's local midnight written in UTC
  // ("2021-11-04T23:00:00Z" beside "5. November 2021"): a whole hour, zero seconds, east of UTC by at most half a day.
  const localMidnight = local.hhmm === '00:00';
  if (localMidnight && (!/T\d{2}:00:00/u.test(machine) || offset < 0 || offset > MAX_MIDNIGHT_OFFSET)) return null;
  return `${visible?.slice(0, 16)}:00${formatOffset(offset)}`;
}
