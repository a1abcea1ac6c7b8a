import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replayCommand } from '../../src/cli/commands/replay.js';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../src/core/index.js';
import { readWarc } from '../../src/crawlers/warc-reader.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';
import { startMirror, type Mirror } from '../support/mirror/mirror-server.js';
import { mirrorPath } from '../support/mirror/mirror-site.js';
import { mirrorFlags, readJsonl, runCrawlCli, tempDir } from './helpers.js';

let mirror: Mirror;
let tmp: { dir: string; cleanup: () => Promise<void> };

beforeEach(async () => {
  mirror = await startMirror({ slowMs: 10_000, retryAfterSecs: 1 });
  tmp = await tempDir();
});
afterEach(async () => {
  await mirror.close();
  await tmp.cleanup();
});

const articlePaths = (m: Mirror, edition: string) => m.site.articles.filter((a) => a.edition === edition);

// Real crawls run the whole pipeline; a busy machine can take a while (no timing is asserted).
describe('crawl vovworld-id against the mirror', { timeout: 180_000 }, () => {
  it('fetches each article once, handles every fault per policy, and a second run fetches nothing new', async () => {
    const { code, summary } = await runCrawlCli(['--site', 'vovworld-id', ...mirrorFlags(mirror.baseUrl, tmp.dir)]);
    expect(code).toBe(0);
    const arts = articlePaths(mirror, 'vovworld-id');
    const byKind = (k: string) => arts.filter((a) => a.path.includes(`/${k}-`));

    // Every request went to the mirror, with our User-Agent, robots.txt first.
    expect(mirror.requests.length).toBeGreaterThan(10);
    expect(mirror.requests.every((r) => r.host === new URL(mirror.baseUrl).host)).toBe(true);
    expect(mirror.requests.every((r) => r.userAgent.startsWith('newsfacts/'))).toBe(true);
    expect(mirror.requests[0]!.url).toBe('/robots.txt');
    expect(mirror.hits('/robots.txt')).toBe(1);
    expect(summary.requested.every((u) => u.startsWith(mirror.baseUrl) || u.startsWith('robots.txt of 127.0.0.1'))).toBe(true);
    expect(mirror.requests.some((r) => r.url.includes('invalid'))).toBe(false);
    // The language menu links the other editions' home pages: not this edition's to crawl.
    expect(mirror.requests.filter((r) => /^\/vovworld\.vn\/(vi-VN|en-US)/.test(r.url))).toEqual([]);
    expect(summary.skipped.scope).toBeGreaterThan(0);

    // Faults: 429 + Retry-After then 200, 500 then 200 (two requests each); slow: timed out on every try;
    // loop and wrong Content-Type: one try, no retry; robots-disallowed: never requested.
    const [retryAfter] = byKind('retry-after');
    const [flaky] = byKind('flaky-500');
    const [slow] = byKind('slow');
    const [loop] = byKind('loop');
    const [wrongType] = byKind('wrong-type');
    const [gzip] = byKind('gzip');
    const [secret] = byKind('robots-disallowed');
    expect(mirror.hits(retryAfter!.path)).toBe(2);
    expect(mirror.hits(flaky!.path)).toBe(2);
    expect(mirror.hits(slow!.path)).toBe(3);
    expect(mirror.hits(loop!.path)).toBe(1);
    expect(mirror.hits(wrongType!.path)).toBe(1);
    expect(mirror.hits(gzip!.path)).toBe(1);
    expect(mirror.hits(secret!.path)).toBe(0);
    expect(summary.skipped.robots).toBe(1);
    expect(summary.robotsSkipped).toEqual([mirror.baseUrl + secret!.path]);
    const failed = new Map(summary.failed.map((f) => [f.url, f.reason]));
    expect(failed.get(mirror.baseUrl + slow!.path)).toMatch(/no complete response within 2000 ms/);
    expect(failed.get(mirror.baseUrl + loop!.path)).toMatch(/redirect loop/);
    expect(failed.get(mirror.baseUrl + wrongType!.path)).toMatch(/Content-Type application\/pdf/);
    expect(failed.has(mirror.baseUrl + retryAfter!.path)).toBe(false);
    expect(failed.has(mirror.baseUrl + flaky!.path)).toBe(false);

    // Each article page fetched once (the retried faults aside), though several listings link to it.
    const faultPaths = new Set([retryAfter, flaky, slow, loop].map((a) => a!.path));
    const articleRequests = mirror.requests.filter((r) => /\d{4,}\.vov5?$/.test(r.url) && !faultPaths.has(r.url));
    expect(new Set(articleRequests.map((r) => r.url)).size).toBe(articleRequests.length);

    const articles = await readJsonl<Article>(join(tmp.dir, 'articles.jsonl'));
    expect(articles.length).toBe(summary.newArticles);
    const urls = new Set(articles.map((a) => a.url));
    expect(urls.size).toBe(articles.length);
    // Recorded under the URL the site knows, so its profile applied (not the mirror's host).
    for (const a of articles) expect([a.url, a.site]).toEqual([expect.stringMatching(/^https:\/\/vovworld\.vn\//), 'vovworld']);
    for (const a of [retryAfter, flaky, gzip]) expect(urls.has(a!.realUrl)).toBe(true);
    for (const a of arts.filter((x) => x.kind === 'synthetic')) expect(urls.has(a.realUrl)).toBe(true);
    const gz = articles.find((a) => a.url === gzip!.realUrl)!;
    expect(gz.text).toContain('dosis vaksin');
    const facts = await readJsonl(join(tmp.dir, 'facts.jsonl'));
    expect(facts.length).toBe(summary.facts);
    expect(facts.length).toBeGreaterThan(0);

    // The WARC replays to the same articles.
    const replayed: Article[] = [];
    for await (const e of readWarc(join(tmp.dir, 'warc'))) {
      if ('error' in e) throw new Error(e.error);
      replayed.push(snapshotToArticle(e.snapshot).article);
    }
    const stored = new Map(articles.map((a) => [a.url, a]));
    const replayedArticles = replayed.filter((a) => stored.has(a.url));
    expect(replayedArticles.length).toBe(articles.length);
    for (const r of replayedArticles) expect(r).toEqual(stored.get(r.url));

    // Every exchange is in the WARC, the refused and redirected ones too.
    const statuses = new Map<number, number>();
    for await (const e of readWarc(join(tmp.dir, 'warc'), { htmlOnly: false })) {
      if ('snapshot' in e) statuses.set(e.snapshot.status ?? 0, (statuses.get(e.snapshot.status ?? 0) ?? 0) + 1);
    }
    expect(statuses.get(429)).toBe(1);
    expect(statuses.get(500)).toBe(1);
    expect(statuses.get(302)).toBe(2);
    expect(statuses.get(200)).toBe(summary.fetched + 2); // + robots.txt, + the PDF refused after its headers

    // So does `newsfacts replay <out dir>` (WARC input detected).
    const replayOut = join(tmp.dir, 'replay', 'articles.jsonl');
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await replayCommand.run([tmp.dir, '--out', replayOut, '--quiet'])).toBe(0);
    } finally {
      quiet.mockRestore();
    }
    const viaCli = new Map((await readJsonl<Article & { file: string }>(replayOut)).map(({ file: _file, ...a }) => [a.url, a]));
    for (const a of articles) expect(viaCli.get(a.url)).toEqual(a);

    // Second run: listings again, no article fetched again, nothing new written.
    const before = mirror.requests.length;
    const second = await runCrawlCli(['--site', 'vovworld-id', ...mirrorFlags(mirror.baseUrl, tmp.dir)]);
    const again = mirror.requests.slice(before);
    const storedPaths = new Set(articles.map((a) => mirrorPath(a.url)));
    const refetched = again.filter((r) => storedPaths.has(r.url));
    expect(refetched).toEqual([]);
    expect(second.summary.newArticles).toBe(0);
    expect(second.summary.byLabel.article).toBe(0);
    // Only the page that timed out (a transient failure) is tried again; permanent failures are remembered.
    const articleTries = again.filter((r) => /\d{4,}\.vov5?$/.test(r.url));
    expect(new Set(articleTries.map((r) => r.url))).toEqual(new Set([slow!.path]));
    expect(second.summary.skipped.seen).toBeGreaterThanOrEqual(articles.length);
    expect((await readJsonl(join(tmp.dir, 'articles.jsonl'))).length).toBe(articles.length);
  });

  it('refuses the loopback mirror without --allow-loopback, before any request', async () => {
    const flags = mirrorFlags(mirror.baseUrl, tmp.dir).filter((f) => f !== '--allow-loopback');
    await expect(runCrawlCli(['--site', 'vovworld-id', ...flags])).rejects.toThrow(/loopback address 127\.0\.0\.1 refused.*--allow-loopback/);
    expect(mirror.requests).toEqual([]);
    expect(await readdir(tmp.dir)).toEqual([]); // nor any file
  });
});

describe('crawl vietnamplus-vi against the mirror', { timeout: 120_000 }, () => {
  it('follows RSS and sitemaps, decodes windows-1258, and drops an article whose text it already has', async () => {
    const { summary } = await runCrawlCli(['--site', 'vietnamplus-vi', ...mirrorFlags(mirror.baseUrl, tmp.dir)]);
    expect(summary.failed).toEqual([]);
    expect(summary.byLabel.feed).toBeGreaterThanOrEqual(3);
    const arts = articlePaths(mirror, 'vietnamplus-vi');
    const articles = await readJsonl<Article>(join(tmp.dir, 'articles.jsonl'));
    const urls = new Set(articles.map((a) => a.url));
    // The synthetic article listed only in the feeds and the sitemap was found.
    const feedOnly = arts.filter((a) => a.kind === 'synthetic').at(-1)!;
    expect(urls.has(feedOnly.realUrl)).toBe(true);
    const cp = arts.find((a) => a.path.includes('/cp1258-'))!;
    const cpArticle = articles.find((a) => a.url === cp.realUrl)!;
    expect(cpArticle.text.normalize('NFC')).toBe(cpArticle.text);
    expect(cpArticle.text).toMatch(/tiếp nhận thêm \d+\.000 liều vaccine/);
    // The duplicate is a copy of the fifth synthetic article's page: only one of the two is stored.
    const dup = arts.find((a) => a.kind === 'duplicate')!;
    const original = arts.filter((a) => a.kind === 'synthetic')[5]!;
    expect(mirror.hits(dup.path)).toBe(1);
    expect(mirror.hits(original.path)).toBe(1);
    expect([urls.has(dup.realUrl), urls.has(original.realUrl)].filter(Boolean)).toHaveLength(1);
    expect(summary.duplicates).toBe(1);
  });
});

describe('crawl a site without a profile', { timeout: 120_000 }, () => {
  it('stays within the start host, honours robots.txt and finds dated articles', async () => {
    const { summary } = await runCrawlCli(['--site', `${mirror.baseUrl}/generic/`, '--allow-loopback', '--out', tmp.dir, '--delay-ms', '0', '--timeout-ms', '2000']);
    const articles = await readJsonl<Article>(join(tmp.dir, 'articles.jsonl'));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.every((a) => a.url.startsWith(`${mirror.baseUrl}/generic/`))).toBe(true);
    expect(summary.skipped.robots).toBe(1);
    expect(mirror.requests.some((r) => r.url.includes('/private/'))).toBe(false);
    expect(mirror.requests.some((r) => r.url.includes('invalid'))).toBe(false);
    const cp = articles.find((a) => a.url.includes('ha-giang'));
    expect(cp?.text).toContain('Hà Giang');
  });
});
