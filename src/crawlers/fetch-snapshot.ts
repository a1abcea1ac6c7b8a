import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { MAX_PAGE_BYTES, NewsfactsError, type Snapshot } from '../core/index.js';
import { checkFetchable, classifyIp, isAddressAllowed, portOf, type UrlPolicy } from './url-policy.js';

export interface FetchOptions {
  /** Sent as User-Agent on every request, robots.txt included; should carry a contact URL. */
  userAgent: string;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  policy: UrlPolicy;
  /** Default 10 MiB (decoded); a larger body fails, not retryable. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Which content types are accepted: HTML pages (default), feeds and sitemaps (XML), or anything. */
  accept?: 'html' | 'xml' | 'any';
}

/** One HTTP exchange as a WARC wants it; `truncated` when only the start of the body was kept. */
export interface Exchange {
  snapshot: Snapshot;
  requestHeaders: Record<string, string>;
  truncated?: boolean;
}

export interface FetchResult {
  /** Body decoded from its Content-Encoding; `headers` say so (no content-encoding, the decoded length). */
  snapshot: Snapshot;
  /** The headers sent for the last hop, as a WARC request record wants them. */
  requestHeaders: Record<string, string>;
  /** Every URL redirected from, in order (empty without redirects). */
  redirects: string[];
  /** The redirect responses before the final one, for the WARC. */
  hops: Exchange[];
}

/** A failed fetch: the HTTP status when there was one, and how long the server asked us to wait. */
export class FetchError extends NewsfactsError {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The responses received before failing (redirects, the error response itself), for the WARC. */
  exchanges: Exchange[] = [];
  constructor(code: string, url: string, message: string, opts: { retryable: boolean; status?: number; retryAfterMs?: number; cause?: unknown }) {
    super(code, url, message, opts);
    this.name = 'FetchError';
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPE = /^(?:text|application)\/(?:[a-z0-9.+-]*\+)?xml$|^text\/plain$/;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP-date; undefined if unparsable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

type Resolve = (hostname: string, options: { all: true; family?: number }, cb: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/** A `lookup` for http.request that refuses a host resolving to any address the policy does not allow. */
export function guardedLookup(url: string, policy: UrlPolicy, resolve: Resolve = dnsLookup as Resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true } as { all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const port = URL.canParse(url) ? portOf(new URL(url)) : 0;
      const bad = addresses.find(
        (a) => !isAddressAllowed(a.address, policy) || (classifyIp(a.address) === 'loopback' && policy.loopbackPorts !== undefined && !policy.loopbackPorts.includes(port)),
      );
      if (bad) {
        return callback(
          new FetchError('url-refused', url, `${hostname} resolves to the non-public address ${bad.address}`, { retryable: false }),
          '',
          4,
        );
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
      callback(null, first.address, first.family);
    });
  };
}

interface Hop {
  res: IncomingMessage;
  requestHeaders: Record<string, string>;
}

function requestOnce(u: URL, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const requestHeaders: Record<string, string> = {
    host: u.host,
    'user-agent': opts.userAgent,
    accept:
      opts.accept === 'xml'
        ? 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1'
        : 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
  };
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = mod.request(
      u,
      { method: 'GET', headers: requestHeaders, signal, lookup: guardedLookup(u.href, opts.policy), agent: false },
      (res) => resolve({ res, requestHeaders }),
    );
    req.on('error', reject);
    req.end();
  });
}

function decodedStream(res: IncomingMessage, url: string): Readable {
  const enc = (res.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (!enc || enc === 'identity') return res;
  const z = enc === 'gzip' || enc === 'x-gzip' ? createGunzip() : enc === 'deflate' ? createInflate() : enc === 'br' ? createBrotliDecompress() : undefined;
  if (!z) throw new FetchError('encoding', url, `unsupported Content-Encoding ${enc}`, { retryable: false });
  res.on('error', (e) => z.destroy(e));
  return res.pipe(z);
}

async function readBody(res: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const stream = decodedStream(res, url);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.destroy();
        throw new FetchError('too-large', url, `body larger than ${maxBytes} bytes`, { retryable: false });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_BROTLI_INVALID_PARAM') {
      throw new FetchError('encoding', url, `corrupt ${res.headers['content-encoding']} body`, { retryable: true, cause: err });
    }
    throw err;
  }
  const buf = Buffer.concat(chunks);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Up to `limit` bytes of an unwanted response's body, for the record; never throws. */
async function readStart(res: IncomingMessage, url: string, limit: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of decodedStream(res, url)) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= limit) {
        res.destroy();
        const buf = Buffer.concat(chunks).subarray(0, limit);
        return { body: new Uint8Array(buf), truncated: true };
      }
    }
  } catch {
    return { body: new Uint8Array(Buffer.concat(chunks)), truncated: true };
  }
  return { body: new Uint8Array(Buffer.concat(chunks)), truncated: false };
}

function recordHeaders(headers: Record<string, string>, bodyLength: number): Record<string, string> {
  const h = { ...headers };
  delete h['content-encoding'];
  delete h['transfer-encoding'];
  h['content-length'] = String(bodyLength);
  return h;
}

function contentTypeOk(type: string | undefined, accept: FetchOptions['accept']): boolean {
  if (accept === 'any' || !type) return true;
  const t = (type.split(';')[0] ?? '').trim().toLowerCase();
  if (HTML_TYPES.has(t)) return true;
  return accept === 'xml' && XML_TYPE.test(t);
}

function networkError(url: string, err: unknown, timedOut: boolean, timeoutMs: number): NewsfactsError {
  if (err instanceof NewsfactsError) return err;
  if (timedOut) return new FetchError('timeout', url, `no complete response within ${timeoutMs} ms`, { retryable: true, cause: err });
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new FetchError('dns', url, `cannot resolve ${new URL(url).hostname} (${code}): no network, or no such host`, { retryable: true, cause: err });
  }
  return new FetchError('network', url, `network error: ${code ?? (err as Error).message}`, { retryable: true, cause: err });
}

/**
 * One polite page fetch: our User-Agent, every redirect hop checked by the policy (also after DNS),
 * redirect loops and long chains refused, gzip/deflate/br decoded, one deadline for the whole fetch.
 * Throws FetchError: retryable for network errors, timeouts, 5xx, 408 and 429 (with `retryAfterMs`),
 * not retryable for other 4xx, loops, refused URLs and unwanted content types.
 */
export async function fetchSnapshot(url: string, opts: FetchOptions): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const redirects: string[] = [];
  const exchanges: Exchange[] = [];
  const visited = new Set<string>();
  const keep = async (u: URL, res: IncomingMessage, status: number, headers: Record<string, string>, requestHeaders: Record<string, string>, read: boolean) => {
    const { body, truncated } = read ? await readStart(res, u.href, 64 * 1024) : (res.resume(), { body: new Uint8Array(), truncated: false });
    exchanges.push({ snapshot: { url: u.href, fetchedAt: new Date().toISOString(), status, headers: recordHeaders(headers, body.byteLength), body }, requestHeaders, truncated });
  };
  let current = url;
  try {
    for (;;) {
      let u: URL;
      try {
        u = checkFetchable(current, opts.policy);
      } catch (err) {
        const e = err as NewsfactsError;
        throw new FetchError(e.code, e.input, e.message.slice(e.input.length + 2), { retryable: false, cause: err });
      }
      visited.add(u.href);
      let hop: Hop;
      try {
        hop = await requestOnce(u, opts, controller.signal);
      } catch (err) {
        throw networkError(current, err, timedOut, opts.timeoutMs);
      }
      const { res, requestHeaders } = hop;
      const status = res.statusCode ?? 0;
      const headers = flatHeaders(res);
      if (status >= 300 && status < 400 && headers.location) {
        await keep(u, res, status, headers, requestHeaders, false);
        const next = new URL(headers.location, u).href;
        if (visited.has(next)) {
          throw new FetchError('redirect-loop', url, `redirect loop: ${[...redirects, u.href, next].join(' -> ')}`, { retryable: false, status });
        }
        if (redirects.length >= maxRedirects) {
          throw new FetchError('redirects', url, `more than ${maxRedirects} redirects`, { retryable: false, status });
        }
        redirects.push(u.href);
        current = next;
        continue;
      }
      if (status === 429 || status === 503 || status === 408 || status >= 500) {
        await keep(u, res, status, headers, requestHeaders, true);
        const retryAfterMs = parseRetryAfter(headers['retry-after']);
        const wait = retryAfterMs === undefined ? '' : ` (Retry-After ${Math.round(retryAfterMs / 1000)} s)`;
        throw new FetchError('http', current, `HTTP ${status}${wait}`, { retryable: true, status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
      }
      if (status >= 400 || status < 200) {
        await keep(u, res, status, headers, requestHeaders, true);
        throw new FetchError('http', current, `HTTP ${status}`, { retryable: false, status });
      }
      if (!contentTypeOk(headers['content-type'], opts.accept)) {
        await keep(u, res, status, headers, requestHeaders, true);
        throw new FetchError('content-type', current, `unwanted Content-Type ${headers['content-type']}`, { retryable: false, status });
      }
      let body: Uint8Array;
      try {
        body = await readBody(res, current, maxBytes);
      } catch (err) {
        throw networkError(current, err, timedOut, opts.timeoutMs);
      }
      const snapshot: Snapshot = {
        url,
        ...(current !== url ? { finalUrl: current } : {}),
        fetchedAt: new Date().toISOString(),
        status,
        headers: recordHeaders(headers, body.byteLength),
        body,
      };
      return { snapshot, requestHeaders, redirects, hops: exchanges };
    }
  } catch (err) {
    if (err instanceof FetchError) err.exchanges = exchanges;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
