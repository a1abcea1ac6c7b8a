import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { NewsfactsError } from '../core/index.js';

/**
 * Resolves each start host once, so that a crawl without network (or DNS) stops at once with a clear
 * message instead of retrying every page. Throws when no host resolves; returns the hosts that failed.
 */
export async function checkNetwork(urls: string[], timeoutMs = 5_000, resolve: (host: string) => Promise<unknown> = lookup): Promise<string[]> {
  const hosts = [...new Set(urls.map((u) => new URL(u).hostname.toLowerCase()))].filter(
    (h) => !isIP(h.replace(/^\[|\]$/g, '')) && h !== 'localhost' && !h.endsWith('.localhost'),
  );
  if (hosts.length === 0) return [];
  const results = await Promise.all(
    hosts.map(async (h) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          resolve(h),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' })), timeoutMs);
          }),
        ]);
        return { host: h, error: undefined };
      } catch (err) {
        return { host: h, error: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const failed = results.filter((r) => r.error !== undefined);
  if (failed.length === hosts.length) {
    const first = failed[0]!;
    throw new NewsfactsError(
      'offline',
      first.host,
      `cannot resolve ${failed.map((f) => `${f.host} (${f.error})`).join(', ')}: no network or DNS? Nothing was crawled; retry when online, or crawl a mirror with --base-url`,
      { retryable: true },
    );
  }
  return failed.map((f) => f.host);
}
