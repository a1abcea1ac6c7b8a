import { open, type FileHandle } from 'node:fs/promises';
import { constants, inflateRawSync } from 'node:zlib';

/** One WARC record as stored: its header fields (lower-case names) and block; `partial` when cut short. */
interface RawRecord {
  offset: number;
  fields: Map<string, string>;
  block: Buffer;
  partial: boolean;
}
export type RecordEntry = RawRecord | { offset: number; error: string };

/** A gzip member or a plain file holding this much more than it should is refused, not read into memory. */
const MAX_MEMBER_BYTES = 256 * 1024 * 1024;
const MAX_HEADER_BYTES = 64 * 1024;
const MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const WARC_LINE = /^WARC\/\d+\.\d+\r?$/;

interface Source {
  size: number;
  read(pos: number, len: number): Promise<Buffer>;
}

function bufferSource(buf: Buffer): Source {
  return { size: buf.length, read: async (pos, len) => buf.subarray(pos, Math.min(buf.length, pos + len)) };
}

function fileSource(fh: FileHandle, size: number): Source {
  return {
    size,
    async read(pos, len) {
      const n = Math.max(0, Math.min(len, size - pos));
      const buf = Buffer.alloc(n);
      if (n > 0) await fh.read(buf, 0, n, pos);
      return buf;
    },
  };
}

/** End of a header block: after the first blank line, CRLF or bare LF (as writers in the wild do). */
export function headerEnd(buf: Buffer, from = 0): { end: number; body: number } | undefined {
  for (let i = buf.indexOf(0x0a, from); i !== -1; i = buf.indexOf(0x0a, i + 1)) {
    if (buf[i + 1] === 0x0a) return { end: i, body: i + 2 };
    if (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a) return { end: i, body: i + 3 };
  }
  return undefined;
}

function parseFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last = '';
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

function resumed(next: number, offsetOf: (pos: number) => number): string {
  return next === -1 ? 'nothing readable after it' : `resumed at offset ${offsetOf(next)}`;
}

function target(fields: Map<string, string>): string {
  return fields.get('warc-target-uri') ?? 'no target URI';
}

/** The next `WARC/1.x` line start after `from`, or -1. */
async function nextRecordStart(src: Source, from: number): Promise<number> {
  const step = 1024 * 1024;
  for (let pos = from; pos < src.size; pos += step - 16) {
    const buf = await src.read(pos, step);
    for (let i = buf.indexOf('WARC/'); i !== -1; i = buf.indexOf('WARC/', i + 1)) {
      const at = pos + i;
      if (at <= from) continue;
      const atLineStart = i === 0 ? at === 0 : buf[i - 1] === 0x0a;
      const eol = buf.indexOf(0x0a, i);
      if (atLineStart && eol !== -1 && WARC_LINE.test(buf.subarray(i, eol).toString('latin1'))) return at;
    }
  }
  return -1;
}

/**
 * The records of a plain WARC stream. A Content-Length that does not land on the record's end (CRLF CRLF,
 * then the next `WARC/` or the end) is an error entry, and reading resumes at the next `WARC/1.x` line;
 * a record whose block runs past the end is yielded `partial`, with an error entry naming it.
 */
async function* plainRecords(src: Source, offsetOf: (pos: number) => number): AsyncGenerator<RecordEntry> {
  let pos = 0;
  while (pos < src.size) {
    const head = await src.read(pos, MAX_HEADER_BYTES);
    const skip = head.findIndex((b) => b !== 0x0d && b !== 0x0a && b !== 0x20 && b !== 0x09);
    if (skip === -1 && pos + head.length >= src.size) break;
    if (skip !== 0) {
      pos += skip === -1 ? head.length : skip;
      continue;
    }
    const firstEol = head.indexOf(0x0a);
    const hdr = headerEnd(head);
    const firstLine = head.subarray(0, firstEol === -1 ? head.length : firstEol).toString('latin1');
    const length = hdr ? Number(parseFields(head.subarray(0, hdr.end).toString('utf8')).get('content-length')) : NaN;
    if (!WARC_LINE.test(firstLine) || !hdr || !Number.isInteger(length) || length < 0) {
      const next = await nextRecordStart(src, pos);
      const why = !WARC_LINE.test(firstLine)
        ? 'no WARC/1.x record here'
        : !hdr
          ? 'no end of the record header'
          : 'no valid Content-Length';
      yield { offset: offsetOf(pos), error: `record at offset ${offsetOf(pos)}: ${why}; ${resumed(next, offsetOf)}` };
      if (next === -1) return;
      pos = next;
      continue;
    }
    const fields = parseFields(head.subarray(0, hdr.end).toString('utf8'));
    const blockStart = pos + hdr.body;
    const available = src.size - blockStart;
    if (length > MAX_MEMBER_BYTES) {
      const error = `record at offset ${offsetOf(pos)}: block of ${length} bytes is over ${MAX_MEMBER_BYTES}; skipped`;
      yield { offset: offsetOf(pos), error };
      pos = blockStart + length;
      continue;
    }
    if (length > available) {
      yield { offset: offsetOf(pos), fields, block: await src.read(blockStart, available), partial: true };
      const error = `record at offset ${offsetOf(pos)} (${target(fields)}) cut short: ${available} of ${length} bytes`;
      yield { offset: offsetOf(pos), error };
      return;
    }
    const end = blockStart + length;
    const tail = await src.read(end, 12);
    const rest = tail.toString('latin1');
    const fits = end === src.size || /^(\r?\n){1,2}(WARC\/|$)/.test(rest) || /^(\r?\n){2}/.test(rest);
    if (!fits) {
      const next = await nextRecordStart(src, pos);
      const at = `record at offset ${offsetOf(pos)} (${target(fields)})`;
      const error = `${at}: Content-Length ${length} does not end the record`;
      yield { offset: offsetOf(pos), error: `${error}; ${resumed(next, offsetOf)}` };
      if (next === -1) return;
      pos = next;
      continue;
    }
    yield { offset: offsetOf(pos), fields, block: await src.read(blockStart, length), partial: false };
    pos = end;
  }
}

function gzipHeaderLength(buf: Buffer): number | undefined {
  if (buf.length < 10 || buf[0] !== 0x1f || buf[1] !== 0x8b || buf[2] !== 0x08) return undefined;
  const flags = buf[3]!;
  let p = 10;
  if (flags & 4) p += 2 + buf.readUInt16LE(p);
  if (flags & 8) p = buf.indexOf(0, p) + 1;
  if (flags & 16) p = buf.indexOf(0, p) + 1;
  if (flags & 2) p += 2;
  return p > 0 && p <= buf.length ? p : undefined;
}

type Member = { data: Buffer; next: number; truncated: boolean } | { error: string };

/** Inflates the gzip member at `pos`; the window grows until the member fits. */
async function inflateMember(src: Source, pos: number): Promise<Member> {
  for (let window = 4 * 1024 * 1024; ; window *= 4) {
    const buf = await src.read(pos, window);
    const hl = gzipHeaderLength(buf);
    if (hl === undefined) return { error: 'not a gzip member' };
    const atEnd = pos + buf.length >= src.size;
    try {
      const inflated = inflateRawSync(buf.subarray(hl), { info: true, maxOutputLength: MAX_MEMBER_BYTES });
      const { buffer, engine } = inflated as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      return { data: buffer, next: pos + hl + engine.bytesWritten + 8, truncated: false };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE') return { error: `gzip member over ${MAX_MEMBER_BYTES} bytes` };
      if (e.code !== 'Z_BUF_ERROR') return { error: `corrupt gzip member (${e.message})` };
      if (!atEnd && window < MAX_MEMBER_BYTES) continue;
      const opts = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_MEMBER_BYTES };
      const data = inflateRawSync(buf.subarray(hl), opts);
      return { data, next: src.size, truncated: true };
    }
  }
}

/** The next offset after `from` where a gzip member starts and inflates, or -1. */
async function nextMember(src: Source, from: number): Promise<number> {
  const step = 1024 * 1024;
  for (let pos = from; pos < src.size; pos += step - 8) {
    const buf = await src.read(pos, step);
    for (let i = buf.indexOf(MAGIC); i !== -1; i = buf.indexOf(MAGIC, i + 1)) {
      const at = pos + i;
      if (at <= from) continue;
      if (!('error' in (await inflateMember(src, at)))) return at;
    }
  }
  return -1;
}

/**
 * The records of a `.warc.gz`, one gzip member at a time: a corrupt member is one error entry and
 * reading resumes at the next member that inflates; a member cut short gives what it holds, its last
 * record `partial`.
 */
async function* gzipRecords(src: Source): AsyncGenerator<RecordEntry> {
  let pos = 0;
  while (pos < src.size) {
    const member = await inflateMember(src, pos);
    if ('error' in member) {
      const next = await nextMember(src, pos);
      yield { offset: pos, error: `gzip member at offset ${pos}: ${member.error}; ${resumed(next, (p) => p)}` };
      if (next === -1) return;
      pos = next;
      continue;
    }
    const start = pos;
    let cut = false;
    for await (const r of plainRecords(bufferSource(member.data), () => start)) {
      cut ||= 'partial' in r && r.partial;
      yield r;
    }
    if (member.truncated && !cut) {
      yield { offset: start, error: `gzip member at offset ${start} cut short (truncated file)` };
    }
    pos = member.next;
  }
}

/** Every record of a .warc or .warc.gz file (gzip detected from the bytes), with damage as error entries. */
export async function* warcRecords(path: string): AsyncGenerator<RecordEntry> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const src = fileSource(fh, size);
    const magic = await src.read(0, 3);
    if (magic.equals(MAGIC)) yield* gzipRecords(src);
    else yield* plainRecords(src, (p) => p);
  } finally {
    await fh.close();
  }
}
