import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/core/index.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';

/** mulberry32: a seeded PRNG, so a failure replays with the seed it prints. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAGES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const SEEDS = readdirSync(PAGES).map((d) => readFileSync(join(PAGES, d, 'source.html')));
const TOKENS = ['<', '>', '</p>', '<p>', '<div>', '</div>', '<script>', '<!--', '-->', '&#0;', '&#xD800;', '&amp', '\u0000', '\uFFFD', '"', "'", '<![CDATA[', '<table><tr><td>', '</article>', '<br/>', '\r', '\u202E'];
const CHARSETS = ['utf-8', 'windows-1258', 'utf-16le', 'utf-16be', 'iso-2022-jp', 'x-nonsense', 'tcvn', 'viscii', ''];

type Mutation = (b: Buffer, r: () => number) => Buffer;
const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

const MUTATIONS: Mutation[] = [
  // flip random bytes
  (b, r) => {
    const c = Buffer.from(b);
    for (let i = 0; i < 1 + r() * 50; i++) c[Math.floor(r() * c.length)] = Math.floor(r() * 256);
    return c;
  },
  // cut at a random point
  (b, r) => b.subarray(0, Math.floor(r() * b.length)),
  // splice markup tokens in
  (b, r) => {
    let s = b.toString('utf8');
    for (let i = 0; i < 1 + r() * 30; i++) {
      const at = Math.floor(r() * s.length);
      s = s.slice(0, at) + pick(TOKENS, r) + s.slice(at);
    }
    return Buffer.from(s);
  },
  // duplicate a random slice many times
  (b, r) => {
    const from = Math.floor(r() * b.length);
    const piece = b.subarray(from, from + Math.floor(r() * 400));
    return Buffer.concat([b, ...Array<Buffer>(Math.floor(r() * 200)).fill(piece)]);
  },
  // random bytes only
  (_b, r) => Buffer.from(Array.from({ length: Math.floor(r() * 5000) + 1 }, () => Math.floor(r() * 256))),
  // the page wrapped in deep nesting
  (b, r) => {
    const n = 20_000 + Math.floor(r() * 10_000);
    const tag = pick(['div', 'section', 'font', 'li', 'td'], r);
    return Buffer.concat([Buffer.from(`<${tag}>`.repeat(n)), b, Buffer.from(`</${tag}>`.repeat(n))]);
  },
  // re-encode as UTF-16 with a BOM
  (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
];

describe('fuzz: the extract path never throws anything but a NewsfactsError', () => {
  it('mutated fixture pages, random bytes and odd charsets, for a bounded time', { timeout: 60_000 }, () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20211205);
    const r = prng(seed);
    const deadline = Date.now() + Number(process.env.FUZZ_MS ?? 4000);
    let runs = 0;
    // The deep-nesting mutation goes first so that it runs whatever the machine's speed.
    const order = [5, ...MUTATIONS.keys()];
    while (runs < order.length || Date.now() < deadline) {
      const m = order[runs] ?? Math.floor(r() * MUTATIONS.length);
      const body = MUTATIONS[m]!(pick(SEEDS, r), r);
      const charset = pick(CHARSETS, r);
      const headers: Record<string, string> = charset ? { 'content-type': `text/html; charset=${charset}` } : {};
      try {
        const { article } = snapshotToArticle({ url: 'https://example.test/fuzz', fetchedAt: '2021-07-03T00:00:00Z', headers, body: new Uint8Array(body) });
        expect(typeof article.text).toBe('string');
      } catch (err) {
        if (!(err instanceof NewsfactsError)) {
          throw new Error(`seed ${seed}, run ${runs}, mutation ${m}, charset "${charset}": ${(err as Error).name}: ${(err as Error).message}`, { cause: err });
        }
      }
      runs++;
    }
    expect(runs).toBeGreaterThanOrEqual(MUTATIONS.length);
  });
});
