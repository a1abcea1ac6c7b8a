import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/index.js';
import { PROFILES, readProfileFile } from '../../src/sites/index.js';
import { readJsonl, runCrawlCli } from '../crawlers/helpers.js';
import { runCli } from '../support/run-cli.js';
import { CRAWLABLE, startNewsSite, type NewsSite } from '../support/news-site.js';

let dir: string;
let site: NewsSite;

/** A profile for the local news site, written as a user would: JSON, no code. */
function tinNhanh(host: string): unknown {
  return {
    name: 'tin-nhanh',
    hosts: [host.replace(/:\d+$/, '')],
    utcOffset: '+07:00',
    editions: [{ id: 'tin-nhanh-vi', lang: 'vi', startUrls: [`http://${host}/`], feeds: [`http://${host}/rss.xml`] }],
    articleUrlPatterns: ['^https?://[^/]+/tin/[a-z0-9-]+\\.html$'],
    listingUrlPatterns: ['^https?://[^/]+/(?:trang-\\d+\\.html)?$'],
    selectors: {
      title: ['main h1'],
      lead: [],
      body: ['main'],
      published: ['p.date'],
      author: [],
      section: [],
      captions: [],
      remove: [],
      listingLinks: [],
    },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nf-profiles-'));
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe('site profiles are data', { timeout: 180_000 }, () => {
  it('the shipped profiles are the JSON files, validated', () => {
    expect(PROFILES.map((p) => p.name)).toEqual(['vovworld', 'vietnamplus']);
    const fromFile = readProfileFile(join(import.meta.dirname, '../../src/sites/profiles/vovworld.json'));
    expect(fromFile).toEqual(PROFILES[0]);
  });

  it('a bad profile file is an error that names the file and the field', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ name: 'Bad Name', hosts: [] }));
    expect(() => readProfileFile(bad)).toThrow(/bad\.json.*name/s);
    await writeFile(join(dir, 'broken.json'), '{ not json');
    expect(() => readProfileFile(join(dir, 'broken.json'))).toThrow(/broken\.json: not JSON/);
  });

  it('newsfacts sites lists the shipped profiles and those of $NEWSFACTS_PROFILES', async () => {
    const profilesDir = join(dir, 'profiles');
    await mkdir(profilesDir, { recursive: true });
    await writeFile(join(profilesDir, 'tin-nhanh.json'), JSON.stringify(tinNhanh('127.0.0.1')));
    const run = await runCli(['sites'], { env: { NEWSFACTS_PROFILES: profilesDir } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^vovworld\tvovworld\.vn\t\(shipped\)$/m);
    expect(run.stdout).toMatch(/^tin-nhanh\t127\.0\.0\.1\t\(.*tin-nhanh\.json\)$/m);
    expect(run.stdout).toMatch(/^ {2}tin-nhanh-vi\tvi\t1 start URLs, 1 feeds, 0 sitemaps$/m);
  });

  it('crawl --profile FILE adds a site without code: its edition id is a --site, its id the article site', async () => {
    const host = new URL(site.url).host;
    const file = join(dir, 'tin-nhanh.json');
    await writeFile(file, JSON.stringify(tinNhanh(host)));
    const out = join(dir, 'crawl');
    const { code, summary } = await runCrawlCli([
      '--profile',
      file,
      '--site',
      'tin-nhanh-vi',
      '--allow-loopback',
      '--out',
      out,
      '--delay-ms',
      '10',
      '--backoff-ms',
      '50',
      '--timeout-ms',
      '20000',
    ]);
    expect(code).toBe(0);
    expect(summary.targets).toEqual(['tin-nhanh-vi']);
    const articles = await readJsonl<Article>(join(out, 'articles.jsonl'));
    // The sitemap-only article is not in the profile's feeds or listings.
    expect(articles.length).toBe(CRAWLABLE.length - 1);
    expect(new Set(articles.map((a) => a.site))).toEqual(new Set(['tin-nhanh']));
  });
});
