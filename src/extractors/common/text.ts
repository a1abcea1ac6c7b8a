/** NFC once, at the boundary; every regex after this assumes composed characters. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** ASCII-folds Vietnamese and Indonesian text ("Nguyễn Minh Vũ" → "Nguyen Minh Vu"). */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
