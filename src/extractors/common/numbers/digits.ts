/** Other ways a language groups digits (`NumberVocab.groupings`). */
export type DigitGrouping = 'space' | 'lakh';

/** Groups of three after a space ("191 880", "2 000 000"): the SI thousands separator (space, no-break, thin). */
const SPACE_GROUPED = '\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![.,]?\\d)';
/** Indian grouping, pairs before the last three ("6,25,950", "36,04,480"): never a western number. */
const LAKH_GROUPED = '\\d{1,2}(?:,\\d{2})+,\\d{3}(?![.,]?\\d)';

/** Digit groups for a decimal separator, most specific first (RegExp source, no captures). */
export function digitsSource(decimal: ',' | '.', groupings: readonly DigitGrouping[] = []): string {
  const extra = [groupings.includes('lakh') ? LAKH_GROUPED : '', groupings.includes('space') ? SPACE_GROUPED : '']
    .filter(Boolean)
    .map((s) => `${s}|`)
    .join('');
  // Two or more groups behind the other separator ("1,499,940" in a Vietnamese text) can only be thousands.
  return extra + (decimal === ','
    ? '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}(?![.,]?\\d)|\\d+(?:[.,]\\d+)?'
    : '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?![.,]?\\d)|\\d+(?:[.,]\\d+)?');
}

/**
 * "150.000" → 150000 and "16,6" → 16.6 with decimal ","; the reverse with ".". A separator that is not
 * followed by exactly three digits cannot group thousands, so it is read as a decimal point either way
 * ("16.6 triệu" written English-style in a Vietnamese article).
 */
export function parseDigits(raw: string, decimal: ',' | '.'): number {
  if (/^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/.test(raw) || (decimal === '.' && /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(raw))) {
    return Number(raw.replace(/[\s,]/g, ''));
  }
  const group = decimal === ',' ? '.' : ',';
  const grouped = decimal === ',' ? /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/ : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
  if (grouped.test(raw)) return Number(raw.split(group).join('').replace(',', '.'));
  if (/^\d{1,3}(?:[.,]\d{3}){2,}$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.'));
}
