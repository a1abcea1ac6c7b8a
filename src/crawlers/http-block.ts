import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { MAX_PAGE_BYTES as MAX_DECODED_BYTES } from '../core/index.js';
import { headerEnd } from './warc-records.js';

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** What went wrong decoding the body, when the raw bytes were kept instead. */
  note?: string;
}

function dechunk(body: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let p = 0;
  for (;;) {
    const eol = body.indexOf(0x0a, p);
    if (eol === -1) return parts.length > 0 ? Buffer.concat(parts) : undefined;
    const size = parseInt(body.subarray(p, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (Number.isNaN(size)) return undefined;
    if (size === 0) return Buffer.concat(parts);
    const start = eol + 1;
    parts.push(body.subarray(start, Math.min(body.length, start + size)));
    if (start + size >= body.length) return Buffer.concat(parts);
    p = start + size;
    if (body[p] === 0x0d) p++;
    if (body[p] === 0x0a) p++;
  }
}

function decode(body: Buffer, encoding: string): Buffer {
  const opts = { maxOutputLength: MAX_DECODED_BYTES };
  if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body, opts);
  if (encoding === 'br') return brotliDecompressSync(body, opts);
  if (encoding === 'deflate') {
    try {
      return inflateSync(body, opts);
    } catch {
      return inflateRawSync(body, opts);
    }
  }
  throw new Error(`unsupported Content-Encoding ${encoding}`);
}

/**
 * An HTTP response block as a browser reads it: header lines ending in CRLF or a bare LF, folded lines
 * joined, chunked transfer undone, gzip/deflate/br content decoded (capped at 10 MiB). A body that does
 * not decode as its Content-Encoding says (a writer that stored it decoded) is kept as it is.
 */
export function parseHttpResponse(block: Buffer): HttpResponse | undefined {
  const end = headerEnd(block);
  const headText = block.subarray(0, end ? end.end : block.length).toString('latin1');
  const lines = headText.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/i.exec(lines[0] ?? '');
  if (!m) return undefined;
  const headers: Record<string, string> = {};
  let last = '';
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      headers[last] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[last] = headers[last] === undefined ? value : `${headers[last]}, ${value}`;
  }
  let body = end ? block.subarray(end.body) : Buffer.alloc(0);
  let note: string | undefined;
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body) ?? body;
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    try {
      body = decode(body, encoding);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new Error(`decoded body larger than ${MAX_DECODED_BYTES} bytes`, { cause: err });
      }
      note = `Content-Encoding ${encoding} did not decode; the stored bytes were kept`;
    }
  }
  return { status: Number(m[1]), headers, body, ...(note ? { note } : {}) };
}
