#!/usr/bin/env -S node --no-regexp-tier-up
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs through `prepare`).
//
// --no-regexp-tier-up: V8 compiles a regexp to bytecode and interprets it on its first run, then compiles it again
// to machine code. The extractors' regexps are large /iu alternations whose every compile costs 50-300 ms: compiling
// each once cut a 330-page replay's CPU by a tenth. It is given on the command line (this line's shebang), never
// set at run time: v8.setFlagsFromString('--no-regexp-tier-up') here, before any regexp ran, still crashed about
// one process in a hundred with SIGSEGV. `node bin/newsfacts.js` without the flag gives the same output, slower.
try {
  await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    process.stderr.write('newsfacts: dist/ is missing; run `npm run build` (npm ci runs it)\n');
    process.exitCode = 1;
  } else throw err;
}
