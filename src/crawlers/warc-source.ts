import type { FileSnapshot } from '../pipeline/dir-source.js';
import { profileFor } from '../sites/index.js';
import { readWarc } from './warc-reader.js';

/**
 * The HTML responses of a WARC file or directory as replayable pages, read as they are consumed (a
 * Common Crawl file never sits in memory whole). `sitesOnly` keeps the pages of our profile sites.
 * `length` is unknown until the end.
 */
export function warcPages(path: string, opts: { sitesOnly?: boolean } = {}): AsyncIterable<FileSnapshot> & { length: number | undefined } {
  const filter = opts.sitesOnly ? (url: string) => profileFor(url) !== undefined : undefined;
  return {
    length: undefined,
    async *[Symbol.asyncIterator]() {
      for await (const entry of readWarc(path, filter ? { filter } : {})) {
        if ('error' in entry) {
          const { error } = entry;
          yield { file: entry.file, load: () => Promise.reject(new Error(error)) };
        } else {
          const { snapshot } = entry;
          yield { file: entry.file, warcRecordId: entry.recordId, load: () => Promise.resolve(snapshot) };
        }
      }
    },
  };
}
