/** Lower-case ASCII with Vietnamese/Indonesian diacritics removed ("Nguyễn Minh Vũ" → "nguyen minh vu"), spaces collapsed. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Removes floating-point noise from parsed figures (16.6 × 10⁶ = 16600000.000000002). */
export function cleanNumber(n: number): number {
  return Number(n.toPrecision(12));
}
