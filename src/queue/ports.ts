import type { SnapshotInput } from '../core/index.js';

export type { FeedStore } from '../facts/feed-store.js';
export type { HostLimiter } from '../crawlers/host-limiter.js';

export type { SeenStore } from '../crawlers/seen-store.js';

/** Fetches one URL into a snapshot; throws NewsfactsError saying whether a retry can help. */
export type FetchPage = (url: string) => Promise<SnapshotInput>;
