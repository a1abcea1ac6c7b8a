/** ASCII-folds Vietnamese and Indonesian text ("Nguyễn Minh Vũ" → "Nguyen Minh Vu"). */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
