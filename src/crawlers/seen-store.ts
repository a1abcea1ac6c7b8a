import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsfactsError } from '../core/index.js';

/** What a crawl has already fetched: canonical URLs and content hashes. */
export interface SeenStore {
  has(canonicalUrl: string): Promise<boolean>;
  hasContent(hash: string): Promise<boolean>;
  add(canonicalUrl: string, contentHash: string): Promise<void>;
  close(): Promise<void>;
}

const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|zarsrc|gidzl|ocid|cmpid|spm)$/i;

/**
 * The URL a page is remembered by: lower-case scheme and host, no default port, no fragment, no
 * tracking parameters (utm_*, fbclid, gclid, Zalo's zarsrc/gidzl…), remaining parameters sorted.
 */
export function canonicalizeUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return u.href;
}

export { contentHash } from '../core/index.js';

/**
 * The embedded seen store: an append-only JSONL file (`{"u":url,"h":hash,"t":iso}` per line) loaded into
 * memory on open. A torn last line (a crash mid-write) is dropped on load and cut off the file, so the
 * next append starts on a clean line; every complete line before it stays as it was.
 */
export class FileSeenStore implements SeenStore {
  private readonly urls = new Set<string>();
  private readonly hashes = new Set<string>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    private handle: FileHandle | undefined,
    /** Lines that could not be read on load (torn or corrupt). */
    readonly skippedLines: number,
  ) {}

  static async open(path: string): Promise<FileSeenStore> {
    try {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'a+');
      const raw = await handle.readFile();
      const end = raw.lastIndexOf(0x0a) + 1;
      let skipped = 0;
      if (end < raw.length) {
        skipped++;
        await handle.truncate(end);
      }
      const urls: string[] = [];
      const hashes: string[] = [];
      for (const line of raw.subarray(0, end).toString('utf8').split('\n')) {
        if (!line) continue;
        try {
          const rec = JSON.parse(line) as { u?: unknown; h?: unknown };
          if (typeof rec.u !== 'string') throw new Error('no url');
          urls.push(rec.u);
          if (typeof rec.h === 'string' && rec.h) hashes.push(rec.h);
        } catch {
          skipped++;
        }
      }
      const store = new FileSeenStore(path, handle, skipped);
      for (const u of urls) store.urls.add(u);
      for (const h of hashes) store.hashes.add(h);
      return store;
    } catch (err) {
      throw new NewsfactsError('seen-store', path, `cannot open the seen-URL store: ${(err as Error).message}`, { cause: err });
    }
  }

  get size(): number {
    return this.urls.size;
  }

  async has(canonicalUrl: string): Promise<boolean> {
    return this.urls.has(canonicalUrl);
  }

  async hasContent(hash: string): Promise<boolean> {
    return this.hashes.has(hash);
  }

  add(canonicalUrl: string, hash: string): Promise<void> {
    if (!this.handle) return Promise.reject(new NewsfactsError('seen-store', this.path, 'store is closed'));
    this.urls.add(canonicalUrl);
    if (hash) this.hashes.add(hash);
    const handle = this.handle;
    const line = `${JSON.stringify({ u: canonicalUrl, h: hash, t: new Date().toISOString() })}\n`;
    // One write(2) per line through a chain: lines never interleave.
    this.writing = this.writing.then(async () => {
      await handle.write(line);
    });
    return this.writing;
  }

  async close(): Promise<void> {
    const h = this.handle;
    if (!h) return;
    this.handle = undefined;
    await this.writing.catch(() => undefined);
    await h.sync().catch(() => undefined);
    await h.close();
  }
}

/** A store that forgets everything when closed: for `--no-incremental` runs and tests. */
export class MemorySeenStore implements SeenStore {
  readonly urls = new Set<string>();
  readonly hashes = new Set<string>();
  async has(u: string): Promise<boolean> {
    return this.urls.has(u);
  }
  async hasContent(h: string): Promise<boolean> {
    return this.hashes.has(h);
  }
  async add(u: string, h: string): Promise<void> {
    this.urls.add(u);
    if (h) this.hashes.add(h);
  }
  async close(): Promise<void> {}
}
