#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs through `prepare`).
import { setFlagsFromString } from 'node:v8';

// V8 compiles a regexp to bytecode and interprets it on its first run, then compiles it again to machine code. The
// extractors' regexps are large /iu alternations (a dose parser is 5-8 KB with some 50 case-folded \p{L} classes)
// whose every compile costs 50-300 ms: compiling each once cut a 330-page replay's CPU by a tenth. Set here, before
// any regexp is compiled (process-wide, so worker threads share it); setting it later can crash V8.
setFlagsFromString('--no-regexp-tier-up');
try {
  await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    process.stderr.write('newsfacts: dist/ is missing; run `npm run build` (npm ci runs it)\n');
    process.exitCode = 1;
  } else throw err;
}
