import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { NewsfactsError } from '../core/index.js';

function refuse(out: string, why: string): never {
  throw new NewsfactsError('export-path', out, why, { retryable: false });
}

/** Whether `path` (already resolved) is `root` or below it. */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** An existing file may be replaced only if an export wrote it: empty, or its first line a feed record. */
async function isOurExport(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (bytesRead === 0) return true;
    const first = buf.subarray(0, bytesRead).toString('utf8').split('\n', 1)[0] ?? '';
    const rec = JSON.parse(first) as { id?: unknown; type?: unknown; factId?: unknown };
    return typeof rec.id === 'string' && typeof rec.type === 'string';
  } catch {
    return false;
  } finally {
    await fh.close();
  }
}

/**
 * Where an export job may write `out`: a relative path without `..`, below the data directory (also
 * after symlinks are resolved), onto no symlink, and over no file an export did not write. A queue job
 * comes from whoever can reach Redis, so its path is treated as hostile.
 */
export async function resolveExportPath(dataDir: string, out: string): Promise<string> {
  if (out.includes('\0')) refuse(out, 'the path contains a NUL byte');
  if (isAbsolute(out) || /^[a-z]:/i.test(out) || out.startsWith('\\')) {
    refuse(out, `an absolute path is not allowed: give a path relative to the data directory ${dataDir}`);
  }
  const parts = out.split(/[\\/]+/);
  if (parts.includes('..')) refuse(out, '".." is not allowed in an export path');
  if (parts.at(-1) === '' || parts.at(-1) === '.') refuse(out, 'the export path names no file');
  await mkdir(dataDir, { recursive: true });
  const root = await realpath(dataDir);
  const target = join(root, ...parts.filter((p) => p !== '.' && p !== ''));
  const parent = dirname(target);
  // Each existing component is checked before mkdir creates the rest: a symlink among them could lead out.
  for (let dir = parent; inside(root, dir) && dir !== root; dir = dirname(dir)) {
    const info = await lstat(dir).catch(() => undefined);
    if (info?.isSymbolicLink()) refuse(out, `${relative(root, dir)} is a symbolic link`);
  }
  await mkdir(parent, { recursive: true });
  if (!inside(root, await realpath(parent))) refuse(out, 'the path leads outside the data directory');
  const existing = await lstat(target).catch(() => undefined);
  if (existing) {
    if (!existing.isFile()) refuse(out, 'exists and is not a regular file');
    if (!(await isOurExport(target))) refuse(out, 'exists and was not written by an export: not overwritten');
  }
  return target;
}
