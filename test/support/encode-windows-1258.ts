import iconv from 'iconv-lite';

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * Encodes text as windows-1258 the way Vietnamese legacy pages stored it: letters with a circumflex, breve
 * or horn precomposed (ê, ă, ơ), the five tone marks as separate combining characters.
 */
export function encodeWindows1258(text: string): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((c) => TONE_MARKS.has(c));
    const base = parts.filter((c) => !TONE_MARKS.has(c)).join('').normalize('NFC');
    out += base + tones.join('');
  }
  return iconv.encode(out, 'windows-1258');
}
