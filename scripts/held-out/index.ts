/**
 * `npm run eval:held-out -- <type> [options]`: scores the frozen held-out sets of one fact type
 * (eval/held-out/<type>/). Each type is a module with `main(argv)`; add a line here to register one.
 */
const MODES: Record<string, () => Promise<{ main(argv: string[]): Promise<void> }>> = {
  doses: () => import('./doses.js'),
};

const [type, ...rest] = process.argv.slice(2);
const load = type === undefined ? undefined : MODES[type];
if (!load) {
  console.error(`usage: npm run eval:held-out -- <${Object.keys(MODES).join('|')}> [--split dev|test] [--misses]`);
  process.exit(2);
}
await (await load()).main(rest);
