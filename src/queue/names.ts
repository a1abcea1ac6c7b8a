import { createHash } from 'node:crypto';

export const QUEUE_NAMES = ['discover', 'article', 'export'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** BullMQ forbids ':' in custom job ids; a hash of the canonical URL has none and is one job per URL. */
export function articleJobId(canonicalUrl: string): string {
  return `article-${createHash('sha1').update(canonicalUrl).digest('hex')}`;
}

/** Our own keys live beside BullMQ's under the same hash tag, so Lua scripts may touch both. */
export function ownKey(prefix: string, ...parts: string[]): string {
  return [prefix, 'nf', ...parts].join(':');
}
