import { readdir } from 'node:fs/promises';

export type Split = 'dev' | 'test';

export interface HeldOutOptions {
  splits: Split[];
  /** Print every miss and false prediction (never look at the test split's misses before the end). */
  misses: boolean;
  json: boolean;
  /** One set folder of the mode's type, or all of them. */
  set?: string;
}

const USAGE = 'usage: npm run eval:held-out -- <mode> [--split dev|test] [--set NAME] [--misses] [--json]';

export function parseOptions(args: readonly string[]): { mode: string; opts: HeldOutOptions } {
  const [mode, ...rest] = args;
  if (!mode || mode.startsWith('-')) throw new Error(USAGE);
  const opts: HeldOutOptions = { splits: ['dev', 'test'], misses: false, json: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--misses') opts.misses = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--split') {
      const v = rest[++i];
      if (v !== 'dev' && v !== 'test') throw new Error(`--split takes dev or test, not ${v ?? 'nothing'}\n${USAGE}`);
      opts.splits = [v];
    } else if (a === '--set') {
      const v = rest[++i];
      if (!v) throw new Error(`--set needs a set name\n${USAGE}`);
      opts.set = v;
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return { mode, opts };
}

/** The set folders to score under `root`: the one `--set` names, or every folder, sorted. */
export async function setNames(root: string, opts: HeldOutOptions): Promise<string[]> {
  if (opts.set) return [opts.set];
  const dirs = await readdir(root, { withFileTypes: true });
  return dirs.filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
