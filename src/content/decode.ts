import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { MAX_PAGE_BYTES, NewsfactsError } from '../core/index.js';

/** The most a compressed page may grow to, as the cap on a fetched body. */
const MAX_DECODED_BYTES = MAX_PAGE_BYTES;

/**
 * Gunzips a stored page, stopping once the output passes `maxBytes`: a gzip bomb costs at most the cap
 * in memory. Corrupt or truncated gzip and an oversize page are clear errors naming `input`.
 */
export function gunzipCapped(raw: Uint8Array, input: string, maxBytes = MAX_DECODED_BYTES): Buffer {
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new NewsfactsError('too-large', input, `decompressed page larger than ${maxBytes} bytes`, { cause: err });
    }
    throw new NewsfactsError('gzip', input, 'truncated or corrupt gzip', { cause: err });
  }
}

/** Pages above this are cut before parsing: no news article needs more, and it bounds the work. */
export const MAX_HTML_BYTES = 6 * 1024 * 1024;

const CHARSET_ALIASES: Record<string, string> = {
  'x-viet-vni': 'windows-1258',
  'vn': 'windows-1258',
  'cp1258': 'windows-1258',
  'tcvn': 'tcvn',
  'tcvn3': 'tcvn',
  'tcvn-5712': 'tcvn',
  'viscii': 'viscii',
};

export interface DecodedPage {
  html: string;
  charset: string;
  truncated: boolean;
}

/** Bytes to NFC text: HTTP header charset, then BOM, then <meta charset>, then sniffing. */
export function decodeHtml(body: Uint8Array, input: string, contentType?: string): DecodedPage {
  if (body.length === 0) throw new NewsfactsError('empty', input, 'empty file or response body');
  const truncated = body.length > MAX_HTML_BYTES;
  const bytes = truncated ? body.subarray(0, MAX_HTML_BYTES) : body;
  if (looksBinary(bytes)) throw new NewsfactsError('binary', input, 'binary content, not an HTML page');
  const header = bomCharset(bytes) ?? charsetFrom(contentType);
  const meta = header === undefined ? metaCharset(bytes) : undefined;
  // Undeclared bytes are tried as UTF-8 once, and that decoding is kept when it succeeds. So are bytes whose
  // <meta> names another charset but that hold valid multi-byte UTF-8: a page saved again as UTF-8 keeps its
  // old <meta>, while legacy text almost never forms valid UTF-8 sequences by chance.
  const tryUtf8 = header === undefined && (meta === undefined || (!isUtf8Name(meta) && hasHighBytes(bytes)));
  const sniffed = tryUtf8 ? strictUtf8(bytes) : undefined;
  const declared = sniffed !== undefined && meta !== undefined ? 'utf-8' : (header ?? meta);
  const charset = declared ?? (sniffed === undefined ? sniffLegacyCharset(bytes) : 'utf-8');
  let html: string;
  try {
    html = sniffed ?? decodeAs(bytes, charset);
  } catch (err) {
    throw new NewsfactsError('decode', input, `cannot decode as ${charset}`, { cause: err });
  }
  return { html: html.normalize('NFC'), charset, truncated };
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Buffer's own UTF-8 decoder is several times faster than iconv-lite's (a StringDecoder per call).
  if (charset === 'utf-8' || charset === 'utf8') return buf.toString('utf8', bomCharset(bytes) === 'utf-8' ? 3 : 0);
  return iconv.decode(buf, charset);
}

const isUtf8Name = (charset: string): boolean => charset === 'utf-8' || charset === 'utf8';

function hasHighBytes(b: Uint8Array): boolean {
  for (const x of b) if (x >= 0x80) return true;
  return false;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function normaliseCharset(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const c = raw.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const name = CHARSET_ALIASES[c] ?? c;
  return iconv.encodingExists(name) ? name : undefined;
}

function charsetFrom(contentType: string | undefined): string | undefined {
  return normaliseCharset(/charset\s*=\s*([^;\s]+)/i.exec(contentType ?? '')?.[1]);
}

function bomCharset(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

function metaCharset(b: Uint8Array): string | undefined {
  const head = Buffer.from(b.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return normaliseCharset(m?.[1]);
}

/** Bytes that are not UTF-8: with Vietnamese tone bytes windows-1258, else windows-1252. */
function sniffLegacyCharset(b: Uint8Array): string {
  const sample = b.subarray(0, 65536);
  let vietnamese = 0;
  // 0xCC/0xD2/0xDE/0xEC/0xF2 are windows-1258's combining tone marks; 0xD0/0xF0 are Đ/đ.
  for (const x of sample) if (x === 0xcc || x === 0xd2 || x === 0xde || x === 0xec || x === 0xf2 || x === 0xf0) vietnamese++;
  return vietnamese > 3 ? 'windows-1258' : 'windows-1252';
}

function looksBinary(b: Uint8Array): boolean {
  const sample = b.subarray(0, 8192);
  if (bomCharset(sample)?.startsWith('utf-16')) return false;
  let control = 0;
  for (const x of sample) {
    if (x === 0) return true;
    if (x < 9 || (x > 13 && x < 32)) control++;
  }
  return control > sample.length * 0.1;
}
