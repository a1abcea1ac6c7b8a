import { hostname } from 'node:os';
import { FetchError, fetchSnapshot, type Exchange, type FetchOptions } from '../crawlers/fetch-snapshot.js';
import { WarcWriter } from '../crawlers/warc-writer.js';
import type { FetchPage } from './ports.js';

/** A worker's file prefix: two workers on one shared directory never write the same file (pid is in the name too). */
function workerPrefix(): string {
  return `worker-${hostname().replace(/[^A-Za-z0-9.-]/g, '_') || 'host'}`;
}

/**
 * The WARC a worker keeps of every exchange its jobs make (redirect hops and refused responses too),
 * opened on the first fetch so a worker that fetches nothing leaves no file.
 */
export class JobWarc {
  private writer: Promise<WarcWriter> | undefined;

  /** `realUrl` maps a fetched URL back to the one the site knows (a mirror standing in for it). */
  constructor(
    readonly dir: string,
    private readonly realUrl: (fetchUrl: string) => string = (u) => u,
  ) {}

  private async record(x: Exchange): Promise<string> {
    this.writer ??= WarcWriter.open(this.dir, { prefix: workerPrefix() });
    return (await this.writer).writeFetch(x, this.realUrl);
  }

  /** A fetch that records what it got; the snapshot carries its response record's id. */
  fetcher(opts: FetchOptions): FetchPage {
    return async (url) => {
      try {
        const fetched = await fetchSnapshot(url, opts);
        for (const hop of fetched.hops) await this.record(hop);
        const warcRecordId = await this.record(fetched);
        return { ...fetched.snapshot, warcRecordId };
      } catch (err) {
        if (err instanceof FetchError) for (const x of err.exchanges) await this.record(x);
        throw err;
      }
    };
  }

  async close(): Promise<void> {
    if (this.writer) await (await this.writer).close();
  }
}
