import { parseOptions, type HeldOutOptions } from './held-out/options.js';
import { scoreStatements } from './held-out/statements.js';

/*
 * Scores the extractors on the held-out sets under eval/held-out/<type>/ (see each set's SOURCES.md).
 * One mode per fact type; each mode lives in scripts/held-out/<mode>.ts and prints its own figures.
 * The test split prints aggregate figures only unless --misses is given.
 */
const MODES: Record<string, (opts: HeldOutOptions) => unknown> = {
  statements: scoreStatements,
};

try {
  const { mode, opts } = parseOptions(process.argv.slice(2));
  const run = MODES[mode];
  if (!run) throw new Error(`unknown mode "${mode}" (have: ${Object.keys(MODES).join(', ')})`);
  run(opts);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
