/**
 * Newspapers write the "và" inside a ministry's or a body's name as an ampersand too: "Bộ Thông tin & Truyền
 * thông", "Bộ trưởng Tài nguyên & Môi trường". Each vocabulary entry with an inner " và " is also listed with " & ".
 */
export function withAmpersandVariants<T extends string>(words: readonly T[]): string[] {
  return words.flatMap((w) => (w.includes(' và ') ? [w, w.split(' và ').join(' & ')] : [w]));
}
