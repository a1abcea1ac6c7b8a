import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RobotsCache, robotsToken } from '../../src/crawlers/robots.js';

let server: Server | undefined;
const requests: Array<{ url: string; ua: string }> = [];

async function serveRobots(status: number, body = ''): Promise<string> {
  requests.length = 0;
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', ua: String(req.headers['user-agent']) });
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

const cache = () => new RobotsCache({ userAgent: 'NewsfactsBot/0.1 (+https://example.invalid/bot)', timeoutMs: 1000, policy: { allowLoopback: true } });

describe('RobotsCache', () => {
  it('applies the group for our product token, fetches robots.txt once with our User-Agent, reads Crawl-delay', async () => {
    const base = await serveRobots(
      200,
      ['User-agent: *', 'Disallow: /', '', 'User-agent: NewsfactsBot', 'Disallow: /private/', 'Allow: /private/open', 'Crawl-delay: 2', 'Sitemap: /sitemap.xml'].join('\n'),
    );
    const robots = cache();
    expect(await robots.isAllowed(`${base}/news/a-1.html`)).toBe(true);
    expect(await robots.isAllowed(`${base}/private/x`)).toBe(false);
    expect(await robots.isAllowed(`${base}/private/open`)).toBe(true);
    expect(robots.crawlDelayMs(new URL(base).host)).toBe(2000);
    expect(requests).toEqual([{ url: '/robots.txt', ua: 'NewsfactsBot/0.1 (+https://example.invalid/bot)' }]);
  });

  it('falls back to the * group for an agent it does not name', async () => {
    const base = await serveRobots(200, 'User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nDisallow: /admin\n');
    const robots = cache();
    expect(await robots.isAllowed(`${base}/news`)).toBe(true);
    expect(await robots.isAllowed(`${base}/admin/x`)).toBe(false);
  });

  it('allows everything when robots.txt is a 4xx', async () => {
    const base = await serveRobots(404);
    const robots = cache();
    expect(await robots.isAllowed(`${base}/anything`)).toBe(true);
    expect(await robots.explain(`${base}/`)).toMatch(/HTTP 404, no rules/);
  });

  it('disallows everything while robots.txt answers 5xx (RFC 9309: unreachable)', async () => {
    const base = await serveRobots(503);
    const robots = cache();
    expect(await robots.isAllowed(`${base}/anything`)).toBe(false);
    expect(await robots.explain(`${base}/`)).toMatch(/unreachable/);
  });

  it('takes the product token from the User-Agent', () => {
    expect(robotsToken('newsfacts/0.1 (+https://x)')).toBe('newsfacts');
    expect(robotsToken('Bot')).toBe('Bot');
  });
});
