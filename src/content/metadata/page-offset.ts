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
