import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeHtml } from '../../src/content/decode.js';

/**
 * `../shared/bench/web-eval` beside the checkout, or beside the main checkout when this is a git worktree
 * (or $WEB_EVAL_DIR): development pages, absent from a fresh clone.
 */
export const WEB_EVAL_DIR = process.env.WEB_EVAL_DIR ?? besideCheckout('shared/bench/web-eval/');

/** `../<rel>` of this checkout when it exists, else of the main checkout that this worktree belongs to. */
export function besideCheckout(rel: string): string {
  const own = new URL(`../../../${rel}`, import.meta.url).pathname;
  if (existsSync(own)) return own;
  const root = new URL('../../', import.meta.url).pathname;
  const common = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root, encoding: 'utf8' });
  const main = common.status === 0 ? dirname(common.stdout.trim()) : undefined;
  return main ? join(main, '..', rel) : own;
}

const Annotations = z.record(z.string(), z.object({ page: z.string(), with: z.array(z.string()), without: z.array(z.string()) }));
export type Annotation = z.infer<typeof Annotations>[string];

export interface WebEvalPage {
  file: string;
  url: string;
  /** The raw bytes, as stored. */
  body: Uint8Array;
  /** Decoded HTML (what cleanPage and readability receive). */
  html: string;
  annotation: Annotation | undefined;
}

/** The web-eval pages, decoded once; null (with the reason) when `../shared` is absent. */
export function loadWebEval(dir = WEB_EVAL_DIR): { pages: WebEvalPage[] } | { missing: string } {
  const pagesDir = join(dir, 'pages');
  if (!existsSync(pagesDir)) return { missing: `${pagesDir} not found (../shared is absent)` };
  const annotations = Annotations.parse(JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')));
  const pages: WebEvalPage[] = [];
  for (const f of readdirSync(pagesDir).filter((n) => n.endsWith('.html.gz')).sort()) {
    const path = join(pagesDir, f);
    const { url } = z.object({ url: z.string() }).parse(JSON.parse(readFileSync(path.replace(/\.html\.gz$/, '.json'), 'utf8')));
    const body = new Uint8Array(gunzipSync(readFileSync(path)));
    pages.push({ file: f, url, body, html: decodeHtml(body, url).html, annotation: annotations[url] });
  }
  return { pages };
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** score.py's with/without snippet metric for one page. */
export function snippetCounts(text: string, a: Annotation): SnippetCounts {
  const t = norm(text);
  const w = a.with.filter((s) => t.includes(norm(s))).length;
  const wo = a.without.filter((s) => t.includes(norm(s))).length;
  return { tp: w, fn: a.with.length - w, fp: wo, tn: a.without.length - wo };
}

export function prf(c: SnippetCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function addCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}
