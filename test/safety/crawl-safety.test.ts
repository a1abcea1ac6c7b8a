import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCrawlCli, tempDir } from '../crawlers/helpers.js';
import { BIN, cli } from './support/cli.js';
import { ARTICLE_HTML, listingHtml, tinySite, type TinySite } from './support/site.js';

/** The pid of a process that has exited: a crash's leftovers carry such a pid. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

const html = (res: import('node:http').ServerResponse, body: string) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

describe('crawl safety', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const sites: TinySite[] = [];
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(async () => {
    await Promise.all(sites.splice(0).map((s) => s.close()));
    await cleanup();
  });

  it('--allow-loopback: a redirect to another loopback port is refused', async () => {
    const other = await tinySite((_p, _q, res) => html(res, ARTICLE_HTML));
    const site = await tinySite((path, _req, res) => {
      if (path === '/') return html(res, listingHtml(['/news/vaccine-shipment-1-100001.html', '/news/vaccine-shipment-2-100002.html']));
      if (path.startsWith('/news/vaccine-shipment-1')) {
        res.writeHead(302, { location: `${other.url}/secret` });
        return res.end();
      }
      if (path.startsWith('/news/')) return html(res, ARTICLE_HTML);
      res.writeHead(404).end();
    });
    sites.push(other, site);
    const { summary } = await runCrawlCli(['--site', `${site.url}/`, '--allow-loopback', '--out', dir, '--delay-ms', '0', '--max-depth', '1']);
    expect(other.requests).toEqual([]);
    const refused = summary.failed.find((f) => f.url.includes('vaccine-shipment-1'));
    expect(refused?.reason).toMatch(/port/);
    expect(summary.newArticles).toBe(1);
  });

  it('two crawls into one --out: the second fails clearly while the first runs', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const site = await tinySite((path, _req, res) => {
      if (path === '/') return void held.then(() => html(res, listingHtml(['/news/vaccine-shipment-1-100001.html'])));
      if (path.startsWith('/news/')) return html(res, ARTICLE_HTML);
      res.writeHead(404).end();
    });
    sites.push(site);
    const args = ['crawl', '--site', `${site.url}/`, '--allow-loopback', '--out', dir, '--delay-ms', '0', '--max-depth', '1'];
    const first = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const firstDone = new Promise<number | null>((r) => first.on('exit', (code) => r(code)));
    for (let i = 0; i < 400 && !site.requests.includes('/'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(site.requests).toContain('/');
    const second = await cli(args, { killAfterMs: 30_000 });
    release();
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*(is being written|locked) by (another crawl, )?process ${first.pid}`));
    expect(await firstDone).toBe(0);
  });

  it('a stale lock of a dead process is taken over, and its *.tmp-<pid> files are removed', async () => {
    const dead = deadPid();
    await mkdir(join(dir, 'feed'), { recursive: true });
    await writeFile(join(dir, '.lock'), `${dead} ${new Date().toISOString()}\n`);
    await writeFile(join(dir, `articles.jsonl.tmp-${dead}`), '{"torn":');
    await writeFile(join(dir, 'feed', `all.jsonl.tmp-${dead}-1733400000000`), 'x');
    await writeFile(join(dir, `facts.jsonl.tmp-${process.pid}`), 'a live process is still writing this');
    const site = await tinySite((path, _req, res) => {
      if (path === '/') return html(res, listingHtml(['/news/vaccine-shipment-1-100001.html']));
      if (path.startsWith('/news/')) return html(res, ARTICLE_HTML);
      res.writeHead(404).end();
    });
    sites.push(site);
    const { code, summary } = await runCrawlCli(['--site', `${site.url}/`, '--allow-loopback', '--out', dir, '--delay-ms', '0', '--max-depth', '1']);
    expect(code).toBe(0);
    expect(summary.newArticles).toBe(1);
    expect(existsSync(join(dir, `articles.jsonl.tmp-${dead}`))).toBe(false);
    expect((await readdir(join(dir, 'feed'))).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(existsSync(join(dir, `facts.jsonl.tmp-${process.pid}`))).toBe(true);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('replay --facts removes a dead process\'s temp file next to its output', async () => {
    const dead = deadPid();
    const out = join(dir, 'facts.jsonl');
    await writeFile(`${out}.tmp-${dead}`, 'half a feed');
    await mkdir(join(dir, 'pages'));
    await writeFile(join(dir, 'pages', 'a.html'), ARTICLE_HTML);
    const run = await cli(['replay', join(dir, 'pages'), '--facts', out], { killAfterMs: 30_000 });
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(`${out}.tmp-${dead}`)).toBe(false);
  });
});
