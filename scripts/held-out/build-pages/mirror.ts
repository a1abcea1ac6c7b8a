/**
 * Reads a repository through the git mirror `fetch` leaves under MIRRORS/<owner>+<name>/repo, and writes a page set
 * (rows plus the page bytes, gzipped) into OUT/<set>/{dev,test}.jsonl and OUT/<set>/pages/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageRow } from '../pages-score.js';

export class Mirror {
  readonly dir: string;
  readonly commit: string;

  constructor(
    mirrors: string,
    readonly repo: string,
  ) {
    const root = join(mirrors, repo.replace('/', '+'), 'repo');
    // Most snapshots are bare git dirs; a few (dcramer/dateminer) arrive as a work tree with its .git inside.
    this.dir = existsSync(join(root, '.git')) ? join(root, '.git') : root;
    this.commit = this.git(['rev-parse', 'HEAD']).toString('utf8').trim();
  }

  private git(args: string[]): Buffer {
    return execFileSync('git', [`--git-dir=${this.dir}`, ...args], { maxBuffer: 1 << 28 });
  }

  /** Paths of the files under `folder`, sorted. */
  list(folder: string): string[] {
    const out = this.git(['ls-tree', '-r', '--name-only', '-z', this.commit, '--', folder]).toString('utf8');
    return out.split('\0').filter((p) => p !== '').sort();
  }

  read(path: string): Buffer {
    return this.readAt(this.commit, path);
  }

  /** A file as it was at an earlier commit (pages a repository saved and later deleted). */
  readAt(commit: string, path: string): Buffer {
    return this.git(['cat-file', 'blob', `${commit}:${path}`]);
  }

  source(path: string): NonNullable<PageRow['source']> {
    return { repo: this.repo, commit: this.commit, path };
  }
}

/** dev or test by the SHA-1 of a key (a site, a URL), read as a number: even → dev. */
export function splitOf(key: string): 'dev' | 'test' {
  const last = createHash('sha1').update(key).digest().at(-1) ?? 0;
  return last % 2 === 0 ? 'dev' : 'test';
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or']);

/** The site label of a host: the label before its public suffix ("news.bbc.co.uk" → "bbc"). */
export function siteOfHost(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d*\./u, '').split('.');
  const n = labels.length;
  const secondLevel = n >= 3 && SECOND_LEVEL.has(labels[n - 2] ?? '') && (labels[n - 1] ?? '').length === 2;
  return labels[n - (secondLevel ? 3 : 2)] ?? host;
}

/** What writeSet needs of a row: where its page goes (page sets' PageRow, metadata sets' MetaRow). */
export interface BuiltRow {
  id: string;
  file: string;
}

export interface BuiltPage {
  row: PageRow | BuiltRow;
  split: 'dev' | 'test';
  bytes: Buffer;
}

export function writeSet(out: string, name: string, pages: readonly BuiltPage[]): string {
  const dir = join(out, name);
  mkdirSync(join(dir, 'pages'), { recursive: true });
  const lines: Record<'dev' | 'test', string[]> = { dev: [], test: [] };
  for (const p of pages) {
    writeFileSync(join(dir, p.row.file), gzipSync(p.bytes));
    lines[p.split].push(JSON.stringify(p.row));
  }
  for (const split of ['dev', 'test'] as const) {
    writeFileSync(join(dir, `${split}.jsonl`), `${lines[split].join('\n')}\n`);
  }
  return `${name}: ${lines.dev.length} dev, ${lines.test.length} test`;
}

/** The page's own address from its canonical link or og:url, when it has one. */
export function declaredUrl(html: string): string | undefined {
  const tags = html.match(/<(?:link|meta)\b[^>]*>/giu) ?? [];
  for (const tag of tags) {
    if (!/rel=["']?canonical|property=["']og:url/iu.test(tag)) continue;
    const url = /(?:href|content)=["']([^"']+)["']/iu.exec(tag)?.[1];
    if (url && /^https?:\/\//iu.test(url)) return url;
  }
  return undefined;
}

export const fileName = (id: string): string => `pages/${id.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.html.gz`;
