import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { buildMirrorSite, encode1258, type MirrorSite } from './mirror-site.js';

interface MirrorRequest {
  method: string;
  /** Path and query as requested. */
  url: string;
  userAgent: string;
  host: string;
}

export interface MirrorOptions {
  /** How long the `slow` fault page takes to answer (default 5 s: longer than any test timeout). */
  slowMs?: number;
  /** Retry-After of the `retry-after` fault page, in seconds (default 1). */
  retryAfterSecs?: number;
  /** Artificial latency for every page (bench). */
  latencyMs?: number;
}

export interface Mirror {
  baseUrl: string;
  site: MirrorSite;
  requests: MirrorRequest[];
  /** Most requests the server had open at once (a request closes when answered or abandoned by the client). */
  readonly maxInFlight: number;
  /** Requests for a mirror path (query included when given). */
  hits(path: string): number;
  close(): Promise<void>;
}

/**
 * The local mirror of VOV World and Vietnam+ (and a generic site) on 127.0.0.1, with faults: 429 +
 * Retry-After then 200, 500 then 200, a page slower than any timeout, a redirect loop, a PDF Content-Type,
 * gzip, a windows-1258 page and a robots.txt disallow. Serves only 127.0.0.1 and answers 421 to any
 * other Host header, so a misrouted request would show up.
 */
export async function startMirror(opts: MirrorOptions = {}): Promise<Mirror> {
  const site = buildMirrorSite();
  const requests: MirrorRequest[] = [];
  const state = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void => {
    res.writeHead(status, headers);
    res.end(body);
  };

  function handle(req: IncomingMessage, res: ServerResponse, port: number): void {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', url, userAgent: String(req.headers['user-agent'] ?? ''), host: String(req.headers.host ?? '') });
    if (req.headers.host !== `127.0.0.1:${port}`) return send(res, 421, { 'content-type': 'text/plain' }, 'misdirected');
    const [path = '/', query] = url.split('?');
    const seen = (state.get(path) ?? 0) + 1;
    state.set(path, seen);
    if (path === '/robots.txt') return send(res, 200, { 'content-type': 'text/plain' }, site.robotsTxt);
    const fault = site.faults.get(path);
    if (fault) {
      const page = { 'content-type': 'text/html; charset=utf-8' };
      switch (fault.kind) {
        case 'retry-after':
          return seen === 1
            ? send(res, 429, { 'content-type': 'text/plain', 'retry-after': String(opts.retryAfterSecs ?? 1) }, 'slow down')
            : send(res, 200, page, fault.html);
        case 'flaky-500':
          return seen === 1 ? send(res, 500, { 'content-type': 'text/plain' }, 'oops') : send(res, 200, page, fault.html);
        case 'slow': {
          const t = setTimeout(() => {
            timers.delete(t);
            if (!res.destroyed) send(res, 200, page, fault.html);
          }, opts.slowMs ?? 5000);
          timers.add(t);
          return;
        }
        case 'loop': {
          const other = path.endsWith('.vov') ? path.replace(/\.vov$/, '.vov5') : path.replace(/\.vov5$/, '.vov');
          res.writeHead(302, { location: other });
          return void res.end();
        }
        case 'wrong-type':
          return send(res, 200, { 'content-type': 'application/pdf' }, '%PDF-1.4 not really');
        case 'gzip':
          return send(res, 200, { ...page, 'content-encoding': 'gzip' }, gzipSync(Buffer.from(fault.html)));
        case 'cp1258':
          return send(res, 200, { 'content-type': 'text/html; charset=windows-1258' }, encode1258(fault.html));
        case 'robots-disallowed':
          return send(res, 200, page, fault.html);
      }
    }
    const found = (query !== undefined ? site.pages.get(`${path}?${query}`) : undefined) ?? site.pages.get(path) ?? site.fallbackArticle(path);
    if (!found) return send(res, 404, { 'content-type': 'text/plain' }, 'not found');
    const reply = (): void => send(res, found.status ?? 200, found.headers, found.body);
    if (opts.latencyMs) {
      const t = setTimeout(() => {
        timers.delete(t);
        reply();
      }, opts.latencyMs);
      timers.add(t);
    } else reply();
  }

  // A loop fault's partner path is a fault too, so both ends redirect.
  for (const [path, f] of [...site.faults]) {
    if (f.kind === 'loop') site.faults.set(path.endsWith('.vov') ? path.replace(/\.vov$/, '.vov5') : path.replace(/\.vov5$/, '.vov'), f);
  }

  let port = 0;
  const server: Server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    handle(req, res, port);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    site,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    hits: (p) => requests.filter((r) => (p.includes('?') ? r.url === p : r.url.split('?')[0] === p)).length,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
