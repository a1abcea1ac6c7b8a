import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Debian's `chromium` (CHROMIUM_BIN overrides): the real browser the report tests render in. */
const CHROMIUM = process.env.CHROMIUM_BIN ?? 'chromium';
export const chromiumAvailable: boolean = spawnSync(CHROMIUM, ['--version']).status === 0;

const SKIP = '\n*** BROWSER TESTS SKIPPED: no chromium on PATH (apt-get install chromium; .ci/run does) ***\n';

/** Says loudly that the browser tests are skipped; on CI (CI=true), where .ci/run installs chromium, fails instead. */
export function reportMissingChromium(): void {
  if (chromiumAvailable) return;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`CI must run the browser tests: ${SKIP}`);
  console.warn(SKIP);
}

/** Renders a local HTML file headless, with no network and a throwaway profile, to a PNG screenshot. */
export async function screenshot(
  htmlPath: string,
  pngPath: string,
  size = { width: 1100, height: 2400 },
): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'newsfacts-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    `--window-size=${size.width},${size.height}`,
    `--screenshot=${pngPath}`,
    pathToFileURL(htmlPath).href,
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const p = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => p.kill('SIGKILL'), 90_000);
      p.once('error', reject);
      p.once('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`chromium exited ${code}:\n${err.slice(-2000)}`));
      });
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
