import type { SnapshotInput } from '../core/index.js';

export type { FeedStore } from '../facts/feed-store.js';
export type { HostLimiter } from '../crawlers/host-limiter.js';

export type { SeenStore } from '../crawlers/seen-store.js';

/** A fetched page, with the WARC-Record-ID of its response record when a WARC keeps it. */
export type FetchedSnapshot = SnapshotInput & { warcRecordId?: string | undefined };

/** Fetches one URL into a snapshot; throws NewsfactsError saying whether a retry can help. */
export type FetchPage = (url: string) => Promise<FetchedSnapshot>;
