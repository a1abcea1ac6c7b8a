import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import type { FeedRecord } from '../../src/facts/feed-record.js';
import { COLUMNS } from '../../src/facts/flat-row.js';
import { runCli } from '../support/run-cli.js';
import { CRAWLABLE, startNewsSite, type NewsSite } from '../support/news-site.js';
import { readJsonl, tempDir } from './helpers.js';

let site: NewsSite;
let tmp: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  site = await startNewsSite({ retryAfterSecs: 1 });
  tmp = await tempDir();
});
afterAll(async () => {
  await site?.close();
  await tmp?.cleanup();
});

async function exportInProcess(args: string[]): Promise<number> {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await exportCommand.run(args);
  } finally {
    vi.restoreAllMocks();
  }
}

describe('a new user in a fresh directory: crawl --site URL, then export', { timeout: 300_000 }, () => {
  let crawled: FeedRecord[] = [];
  let exported: FeedRecord[] = [];

  it('export with its defaults gives the fact ids the crawl wrote, none twice', async () => {
    const crawl = await runCli(
      ['crawl', '--site', site.url, '--allow-loopback', '--delay-ms', '10', '--backoff-ms', '50', '--quiet'],
      { cwd: tmp.dir },
    );
    expect(crawl.code, crawl.stderr).toBe(0);
    const exp = await runCli(['export', '--out', 'all.jsonl'], { cwd: tmp.dir });
    expect(exp.code, exp.stderr).toBe(0);
    crawled = await readJsonl<FeedRecord>(join(tmp.dir, 'data', 'facts.jsonl'));
    exported = await readJsonl<FeedRecord>(join(tmp.dir, 'all.jsonl'));
    expect(crawled.length).toBeGreaterThan(CRAWLABLE.length);
    expect(exported.map((r) => r.id).sort()).toEqual(crawled.map((r) => r.id).sort());
    expect(new Set(exported.map((r) => r.id)).size).toBe(exported.length);
    // A second export after a second crawl of the same site adds nothing.
    const again = await runCli(['crawl', '--site', site.url, '--allow-loopback', '--delay-ms', '10', '--quiet'], {
      cwd: tmp.dir,
    });
    expect(again.code, again.stderr).toBe(0);
    expect(await runCli(['export', '--out', 'again.jsonl'], { cwd: tmp.dir })).toMatchObject({ code: 0 });
    expect((await readJsonl(join(tmp.dir, 'again.jsonl'))).length).toBe(exported.length);
  });

  it('every record says where its page came from; every date record has its period', async () => {
    expect(exported.length).toBeGreaterThan(0);
    for (const r of exported) {
      expect(r.schemaVersion).toBe(2);
      expect(r.article.site).toBe('127.0.0.1');
      expect(Date.parse(r.article.fetchedAt)).not.toBeNaN();
      expect(r.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.article.warcRecordId).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
    }
    const dates = exported.filter((r) => r.type === 'date');
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) {
      expect(d.period?.from, d.value).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(d.period?.to, d.value).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(d.period!.from <= d.period!.to).toBe(true);
    }
    const day = dates.find((d) => d.value === '2021-09-06')!;
    expect(day.period).toEqual({ from: '2021-09-06', to: '2021-09-06' });
    const month = dates.find((d) => d.value === '2021-09')!;
    expect(month.period).toEqual({ from: '2021-09-01', to: '2021-09-30' });
  });

  it('export --format csv gives a header and one row per record; parquet the same rows', async () => {
    const feed = join(tmp.dir, 'data', 'feed');
    expect(await exportInProcess(['--feed', feed, '--format', 'csv', '--out', join(tmp.dir, 'all.csv')])).toBe(0);
    const lines = (await readFile(join(tmp.dir, 'all.csv'), 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe(COLUMNS.map((c) => c.name).join(','));
    expect(lines.length - 1).toBe(exported.length);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort(),
    ).toEqual(exported.map((r) => r.id).sort());

    expect(await exportInProcess(['--feed', feed, '--out', join(tmp.dir, 'all.parquet')])).toBe(0);
    const buf = await readFile(join(tmp.dir, 'all.parquet'));
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    expect(rows.length).toBe(exported.length);
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS.map((c) => c.name));
    const doses = rows.filter((r) => r.type === 'dose');
    expect(doses.length).toBeGreaterThan(0);
    expect(doses.every((r) => typeof r.dose_value === 'number' && r.date_value === null)).toBe(true);
    const dateRows = rows.filter((r) => r.type === 'date');
    expect(
      dateRows.every(
        (r) => /^\d{4}-\d\d-\d\d$/.test(String(r.period_from)) && /^\d{4}-\d\d-\d\d$/.test(String(r.period_to)),
      ),
    ).toBe(true);
  });
});
