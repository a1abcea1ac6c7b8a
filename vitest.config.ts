import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './test/support/plain-summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-cli.ts'],
    reporters: ['default', new PlainSummaryReporter()],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
