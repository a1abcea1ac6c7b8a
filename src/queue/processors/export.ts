import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { removeStaleTmpOf } from '../../core/stale-tmp.js';
import { resolveExportPath } from '../export-path.js';
import { ExportJob } from '../payloads.js';
import type { FeedStore } from '../ports.js';
import { parsePayload } from './parse-payload.js';

export interface ExportResult {
  out: string;
  records: number;
  /** Pass as `since` next time to get only what came after. */
  cursor: string | undefined;
}

/**
 * Writes the feed (after `since`) as JSONL to `out` below `dataDir` (see resolveExportPath); the file
 * appears only when complete.
 */
export async function processExport(data: unknown, deps: { feed: FeedStore; dataDir: string }): Promise<ExportResult> {
  const job = parsePayload(ExportJob, data, 'export job');
  const out = await resolveExportPath(deps.dataDir, job.out);
  await removeStaleTmpOf(out);
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  const stream = createWriteStream(tmp, { flags: 'wx' });
  let records = 0;
  let cursor = job.since;
  try {
    for await (const { record, cursor: c } of deps.feed.read(job.since === undefined ? {} : { since: job.since })) {
      if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
      records++;
      cursor = c;
    }
    stream.end();
    await once(stream, 'close');
    await rename(tmp, out);
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  return { out, records, cursor };
}
