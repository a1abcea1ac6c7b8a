/**
 * Exponential backoff from the job's base delay, but never sooner than a server's Retry-After
 * (the fetcher puts it on the error as `retryAfterMs`). Jitter spreads retries of many workers.
 */
export function backoffDelay(attemptsMade: number, baseMs: number, err?: unknown, random = Math.random): number {
  const exp = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  const jittered = Math.round(exp * (0.8 + 0.2 * random()));
  const retryAfter = (err as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  return typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? Math.max(jittered, retryAfter) : jittered;
}
