import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest globalSetup: tests that spawn bin/newsfacts.js run the compiled CLI, so build it from the current source once. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
