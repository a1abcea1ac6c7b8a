import { createHash } from 'node:crypto';

/** sha256 (hex) of an article's text, NFC-normalised with whitespace collapsed, so re-wrapped copies match. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}
