import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, reportMissingChromium, screenshot } from '../../support/chromium.js';

reportMissingChromium();

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../../bin/newsfacts.js');
const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');

describe.skipIf(!chromiumAvailable)('newsfacts report in headless chromium', { timeout: 180_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsfacts-report-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders the report of the fixture pages: text and coloured chart marks, not a blank page', async () => {
    const facts = join(dir, 'facts.jsonl');
    const page = join(dir, 'report.html');
    await run(process.execPath, [BIN, 'replay', FIXTURES, '--facts', facts, '--quiet']);
    const { stdout } = await run(process.execPath, [BIN, 'report', '--facts', facts, '--out', page, '--json']);
    const summary = JSON.parse(stdout) as { records: number; doses: number; officials: number };
    expect(summary.doses).toBeGreaterThan(10);
    expect(summary.officials).toBeGreaterThan(0);

    const png = join(dir, 'report.png');
    await screenshot(page, png);
    const img = PNG.sync.read(await readFile(png));
    expect(img.width).toBe(1100);
    let ink = 0;
    let colour = 0;
    for (let i = 0; i < img.data.length; i += 4) {
      const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
      if (r < 240 || g < 240 || b < 240) ink++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) colour++;
    }
    const pixels = img.width * img.height;
    // Text and axes alone give ink; the charts' points and bars (red, blue, green) give colour.
    expect(ink / pixels).toBeGreaterThan(0.02);
    expect(colour).toBeGreaterThan(2000);
  });
});
