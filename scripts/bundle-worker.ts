import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What `replay --jobs N` workers load: the compiled replay worker and everything it imports, in one file. */
export const WORKER_BUNDLE = 'dist/pipeline/replay-worker.bundle.js';

/**
 * Bundles the compiled replay worker (run after tsc, by `npm run build`). Each worker thread loads the pipeline
 * again; from one file it skips resolving, reading and linking some 300 modules, about a third of its start-up
 * CPU. Bundled CommonJS packages (iconv-lite) still call `require` for Node's own modules, hence the banner.
 */
export async function bundleWorker(root = ROOT): Promise<void> {
  await build({
    entryPoints: [join(root, 'dist/pipeline/replay-worker.js')],
    outfile: join(root, WORKER_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleWorker();
