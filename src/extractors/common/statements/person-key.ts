import { asciiFold } from '../text.js';

/** "Nguyễn Minh Vũ" and "Nguyen Minh Vu" both become "nguyen minh vu": one person across articles and languages. */
export function personKey(name: string): string {
  return asciiFold(name.normalize('NFC'))
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Folded lower-case words of a name, for matching later short references ("Vũ", "Retno", "Vu"). */
export function nameWords(name: string): string[] {
  return personKey(name).split(' ').filter((w) => w.length > 0);
}
