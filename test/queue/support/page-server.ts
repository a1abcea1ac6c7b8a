import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RequestLog {
  path: string;
  at: number;
}

export function articleHtml(n: number): string {
  const doses = 100_000 + n * 1_000;
  const day = (n % 27) + 1;
  const paras = [
    `Vietnam received ${doses.toLocaleString('en-US')} doses of AstraZeneca vaccine from Japan on July ${day}, 2021, the Ministry of Health said in statement number ${n}.`,
    `"We will give the vaccine to frontline workers in Ho Chi Minh City first," Minister Nguyen Thanh Long said on Tuesday, speaking about shipment ${n}.`,
    `The country expects another ${(n + 2) * 10} million doses by the end of the year under the Covax programme, officials told reporters in Hanoi.`,
    `Health authorities in the southern provinces have set up ${n + 40} vaccination points in schools, stadiums and hospitals for the campaign.`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vaccine shipment ${n} arrives</title>
<meta property="article:published_time" content="2021-07-${String(day).padStart(2, '0')}T08:00:00+07:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Vaccine shipment ${n} arrives in Vietnam</h1>
${paras.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Copyright news test site</footer></body></html>`;
}

export function articlePath(n: number): string {
  return `/news/vaccine-shipment-${n}-${100000 + n}.html`;
}

/**
 * A news site on 127.0.0.1 for queue tests: `/list` links `articles` article pages, `/robots.txt` is a 404
 * unless set. Faults per path: answer a status N times first, or hold the response until released.
 * Every request is logged with its start time.
 */
export class PageServer {
  readonly log: RequestLog[] = [];
  private server: Server | undefined;
  private readonly failures = new Map<string, { status: number; times: number }>();
  private readonly holds = new Map<string, Array<() => void>>();
  private readonly held = new Set<string>();
  robots: string | undefined;
  url = '';

  constructor(public articles: number) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const path of this.held) this.release(path);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  failFirst(path: string, times: number, status = 500): void {
    this.failures.set(path, { status, times });
  }

  /** Requests to `path` wait until `release(path)`. */
  hold(path: string): void {
    this.held.add(path);
  }

  release(path: string): void {
    this.held.delete(path);
    for (const go of this.holds.get(path) ?? []) go();
    this.holds.delete(path);
  }

  hits(path: string): number {
    return this.log.filter((r) => r.path === path).length;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    this.log.push({ path, at: Date.now() });
    const respond = (): void => {
      if (res.destroyed) return;
      const fail = this.failures.get(path);
      if (fail && fail.times > 0) {
        fail.times--;
        res.writeHead(fail.status, { 'content-type': 'text/plain' }).end('server error');
        return;
      }
      if (path === '/robots.txt') {
        if (this.robots === undefined) res.writeHead(404).end('no robots');
        else res.writeHead(200, { 'content-type': 'text/plain' }).end(this.robots);
        return;
      }
      if (path === '/list') {
        const links = Array.from({ length: this.articles }, (_, i) => `<li><a href="${articlePath(i)}">Shipment ${i}</a></li>`).join('\n');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><body><ul>${links}</ul></body></html>`);
        return;
      }
      const m = /^\/news\/vaccine-shipment-(\d+)-\d+\.html$/.exec(path);
      if (m) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(Number(m[1])));
        return;
      }
      if (path === '/about') {
        // A page with no main text: not an article.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html><head><title>About</title></head><body><nav><a href="/">Home</a></nav></body></html>');
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    if (this.held.has(path)) {
      const list = this.holds.get(path) ?? [];
      list.push(respond);
      this.holds.set(path, list);
    } else respond();
  }
}
