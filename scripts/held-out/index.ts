/**
 * `npm run eval:held-out -- <type> [--split dev|test] [--set NAME] [--misses] [--json]`: scores the frozen
 * held-out sets of one fact type (eval/held-out/<type>/, each set's SOURCES.md says where its text is from).
 * Each type is a module with `main(argv)`; add a line here to register one. The test split prints aggregate
 * figures only unless --misses is given.
 */
const MODES: Record<string, () => Promise<{ main(argv: string[]): Promise<void> }>> = {
  doses: () => import('./doses.js'),
  statements: () => import('./statements.js'),
};

const [type, ...rest] = process.argv.slice(2);
const load = type === undefined ? undefined : MODES[type];
if (!load) {
  console.error(`usage: npm run eval:held-out -- <${Object.keys(MODES).join('|')}> [--split dev|test] [--misses]`);
  process.exit(2);
}
await (await load()).main(rest);
