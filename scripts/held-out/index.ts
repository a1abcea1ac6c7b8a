/**
 * `npm run eval:held-out -- <type> [--split dev|test] [--set NAME] [--misses] [--json]`: scores the frozen
 * held-out sets of one fact type (eval/held-out/<type>/, each set's SOURCES.md says where its text is from).
 * Each type is a module with `main(argv)` (an exit code, or nothing); add a line here to register one. The
 * test split prints aggregate figures only unless --misses is given.
 */
type Mode = { main(argv: string[]): Promise<void> | number };

const MODES: Record<string, () => Promise<Mode>> = {
  dates: () => import('./dates.js'),
  doses: () => import('./doses.js'),
  meta: () => import('./meta.js'),
  numbers: () => import('./numbers.js'),
  pages: () => import('./pages.js'),
  statements: () => import('./statements.js'),
};

const [type, ...rest] = process.argv.slice(2);
const load = type === undefined ? undefined : MODES[type];
if (!load) {
  console.error(`usage: npm run eval:held-out -- <${Object.keys(MODES).join('|')}> [--split dev|test] [--misses]`);
  process.exit(2);
}
const code = await (await load()).main(rest);
if (typeof code === 'number') process.exitCode = code;
