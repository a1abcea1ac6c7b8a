/** npm run eval:held-out -- <type> [options]: runs scripts/held-out/<type>.ts on that type's held-out sets. */
const [type, ...rest] = process.argv.slice(2);
const SCORERS: Record<string, () => Promise<{ main: (argv: string[]) => number }>> = {
  pages: () => import('./pages.js'),
};
const load = type ? SCORERS[type] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run eval:held-out -- <${Object.keys(SCORERS).join('|')}> [options]\n`);
  process.exit(2);
}
process.exitCode = (await load()).main(rest);
