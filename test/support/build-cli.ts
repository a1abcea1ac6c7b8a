import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleWorker } from '../../scripts/bundle-worker.js';

/**
 * Vitest globalSetup: tests that spawn bin/newsfacts.js run the compiled CLI, so build it from the current source
 * once, as `npm run build` does (the replay workers' bundle too, so those tests run what a user runs).
 */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  await bundleWorker(root);
}
