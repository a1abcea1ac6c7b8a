import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TinySite {
  url: string;
  port: number;
  requests: string[];
  close(): Promise<void>;
}

/** A site on 127.0.0.1 answering with `route(path)`; every request path is logged. */
export async function tinySite(route: (path: string, req: IncomingMessage, res: ServerResponse) => void): Promise<TinySite> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    route(req.url ?? '/', req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vaccine shipment arrives</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2021-07-03T10:00:00+07:00"></head>
<body><article><h1>Vaccine shipment arrives in Vietnam</h1>
<p>Vietnam received 1,200,000 doses of AstraZeneca vaccine from Japan on July 3, 2021, the Ministry of Health said on Saturday.</p>
<p>"We will give the vaccine to frontline workers in Ho Chi Minh City first," Minister Nguyen Thanh Long said on Tuesday.</p>
<p>The country expects another 20 million doses by the end of the year under the Covax programme, officials told reporters.</p>
</article></body></html>`;

export function listingHtml(links: string[]): string {
  return `<!doctype html><html><head><title>News</title></head><body><ul>${links.map((l) => `<li><a href="${l}">${l}</a></li>`).join('')}</ul></body></html>`;
}
