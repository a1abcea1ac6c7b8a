import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { FetchError, fetchSnapshot, guardedLookup, parseRetryAfter, type FetchOptions } from '../../src/crawlers/fetch-snapshot.js';
import { startMirror, type Mirror } from '../support/mirror/mirror-server.js';

let mirror: Mirror;
let redirector: Server;
let redirectorBase: string;
const opts = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  userAgent: 'newsfacts-test/1 (+https://example.invalid/contact)',
  timeoutMs: 5000,
  policy: { allowLoopback: true },
  ...over,
});

beforeAll(async () => {
  mirror = await startMirror({ slowMs: 3000, retryAfterSecs: 7 });
  // Redirects to wherever ?to= says, so each hop's policy check can be tested.
  redirector = createServer((req, res) => {
    const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/';
    res.writeHead(301, { location: to });
    res.end();
  });
  await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
  redirectorBase = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await mirror.close();
  redirector.closeAllConnections();
  await new Promise((r) => redirector.close(r));
});

const fault = (kind: string) => mirror.baseUrl + mirror.site.articles.find((a) => a.path.includes(`/${kind}-`))!.path;

async function failure(url: string, o = opts()): Promise<FetchError> {
  try {
    await fetchSnapshot(url, o);
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error(`${url} did not fail`);
}

describe('fetchSnapshot', () => {
  it('sends our User-Agent and returns the decoded body of a gzip page with consistent headers', async () => {
    const url = fault('gzip');
    const { snapshot, requestHeaders } = await fetchSnapshot(url, opts());
    expect(requestHeaders['user-agent']).toBe('newsfacts-test/1 (+https://example.invalid/contact)');
    expect(mirror.requests.at(-1)!.userAgent).toBe('newsfacts-test/1 (+https://example.invalid/contact)');
    expect(snapshot.status).toBe(200);
    expect(snapshot.headers['content-encoding']).toBeUndefined();
    expect(Number(snapshot.headers['content-length'])).toBe(snapshot.body.byteLength);
    expect(Buffer.from(snapshot.body).toString('utf8')).toContain('<h1 class="article__title">');
  });

  it('429 is retryable with retryAfterMs from Retry-After; 500 is retryable', async () => {
    const e429 = await failure(fault('retry-after'));
    expect([e429.retryable, e429.status, e429.retryAfterMs]).toEqual([true, 429, 7000]);
    const e500 = await failure(fault('flaky-500'));
    expect([e500.retryable, e500.status]).toEqual([true, 500]);
  });

  it('a response slower than the timeout is a retryable timeout', async () => {
    const e = await failure(fault('slow'), opts({ timeoutMs: 200 }));
    expect(e.code).toBe('timeout');
    expect(e.retryable).toBe(true);
  });

  it('a redirect loop, a wrong Content-Type and a 404 are not retryable', async () => {
    const loop = await failure(fault('loop'));
    expect([loop.code, loop.retryable]).toEqual(['redirect-loop', false]);
    const pdf = await failure(fault('wrong-type'));
    expect([pdf.code, pdf.retryable]).toEqual(['content-type', false]);
    const missing = await failure(`${mirror.baseUrl}/nothing-here`);
    expect([missing.status, missing.retryable]).toEqual([404, false]);
  });

  it('checks every redirect hop against the policy, without requesting the refused hop', async () => {
    const toPrivate = await failure(`${redirectorBase}/?to=${encodeURIComponent('http://10.0.0.1/admin')}`);
    expect([toPrivate.code, toPrivate.retryable]).toEqual(['url-refused', false]);
    expect(toPrivate.message).toMatch(/private address 10\.0\.0\.1/);
    const offsite = await failure(`${redirectorBase}/?to=${encodeURIComponent('http://news.invalid/x')}`, opts({ policy: { allowLoopback: true, allowedHosts: ['127.0.0.1'] } }));
    expect(offsite.message).toMatch(/news\.invalid is not among the allowed hosts/);
    const ok = await fetchSnapshot(`${redirectorBase}/?to=${encodeURIComponent(fault('gzip'))}`, opts());
    expect(ok.snapshot.finalUrl).toBe(fault('gzip'));
    expect(ok.redirects).toHaveLength(1);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2021-09-06T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 06 Sep 2021 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 06 Sep 2021 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('refuses a host name that resolves to a private address, after DNS (resolver faked: no query leaves)', async () => {
    const fake = (addresses: string[]) => (_h: string, _o: unknown, cb: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) =>
      cb(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
    const lookupWith = (addresses: string[]) =>
      new Promise<{ err: Error | null; address: string }>((resolve) =>
        guardedLookup('http://intranet.example.invalid/', { allowLoopback: false }, fake(addresses))('intranet.example.invalid', {}, (err, address) =>
          resolve({ err, address: String(address) }),
        ),
      );
    const refused = await lookupWith(['203.0.113.7', '192.168.10.20']);
    expect(refused.err).toBeInstanceOf(FetchError);
    expect(refused.err!.message).toMatch(/resolves to the non-public address 192\.168\.10\.20/);
    expect((refused.err as FetchError).retryable).toBe(false);
    expect(await lookupWith(['203.0.113.7'])).toEqual({ err: null, address: '203.0.113.7' });
  });
});
