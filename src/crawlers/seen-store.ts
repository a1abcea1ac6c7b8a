import { NewsfactsError } from '../core/index.js';
import { JsonlAppender } from './jsonl-append.js';

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
  private constructor(
    private readonly file: JsonlAppender,
    /** Lines that could not be read on load (torn or corrupt). */
    readonly skippedLines: number,
    private readonly urls: Set<string>,
    private readonly hashes: Set<string>,
  ) {}

  get path(): string {
    return this.file.path;
  }

  static async open(path: string): Promise<FileSeenStore> {
    const { appender, lines, torn } = await JsonlAppender.openReading(path, 'seen-store');
    const urls = new Set<string>();
    const hashes = new Set<string>();
    let skipped = torn ? 1 : 0;
    for (const line of lines) {
      try {
        const rec = JSON.parse(line) as { u?: unknown; h?: unknown };
        if (typeof rec.u !== 'string') throw new Error('no url');
        urls.add(rec.u);
        if (typeof rec.h === 'string' && rec.h) hashes.add(rec.h);
      } catch {
        skipped++;
      }
    }
    return new FileSeenStore(appender, skipped, urls, hashes);
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
    if (!this.file.isOpen) return Promise.reject(new NewsfactsError('seen-store', this.path, 'store is closed'));
    this.urls.add(canonicalUrl);
    if (hash) this.hashes.add(hash);
    return this.file.write({ u: canonicalUrl, h: hash, t: new Date().toISOString() });
  }

  close(): Promise<void> {
    return this.file.close();
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
