/** Digit groups for a decimal separator, most specific first (RegExp source, no captures). */
export function digitsSource(decimal: ',' | '.'): string {
  // Two or more groups behind the other separator ("1,499,940" in a Vietnamese text) can only be thousands.
  return decimal === ','
    ? '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}(?![.,]?\\d)|\\d+(?:[.,]\\d+)?'
    : '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?![.,]?\\d)|\\d+(?:[.,]\\d+)?';
}

/**
 * "150.000" → 150000 and "16,6" → 16.6 with decimal ","; the reverse with ".". A separator that is not
 * followed by exactly three digits cannot group thousands, so it is read as a decimal point either way
 * ("16.6 triệu" written English-style in a Vietnamese article).
 */
export function parseDigits(raw: string, decimal: ',' | '.'): number {
  const group = decimal === ',' ? '.' : ',';
  const grouped = decimal === ',' ? /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/ : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
  if (grouped.test(raw)) return Number(raw.split(group).join('').replace(',', '.'));
  if (/^\d{1,3}(?:[.,]\d{3}){2,}$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.'));
}
