import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalHostLimiter } from '../../src/crawlers/host-limiter.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LocalHostLimiter', () => {
  it('holds the per-host concurrency and the delay between starts, for IP hosts too', async () => {
    const limiter = new LocalHostLimiter({ concurrency: 2, delayMs: 1000 });
    const started: string[] = [];
    const releases: Array<() => void> = [];
    for (const id of ['a', 'b', 'c']) {
      void limiter.acquire('127.0.0.1:8080').then((release) => {
        started.push(id);
        releases.push(release);
      });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toEqual(['a', 'b']); // two in flight: c waits for a release
    releases[0]!();
    releases[0]!(); // releasing twice frees one slot only
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('keeps hosts independent and honours pause() (Retry-After)', async () => {
    const limiter = new LocalHostLimiter({ concurrency: 1, delayMs: 0 });
    const started: string[] = [];
    limiter.pause('a.invalid', 3000);
    void limiter.acquire('a.invalid').then(() => started.push('a'));
    void limiter.acquire('b.invalid').then(() => started.push('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['b']);
    await vi.advanceTimersByTimeAsync(3000);
    expect(started).toEqual(['b', 'a']);
  });

  it('uses a larger per-host delay (Crawl-delay) when given', async () => {
    const limiter = new LocalHostLimiter({ concurrency: 4, delayMs: 10, delayFor: (h) => (h === 'slow.invalid' ? 500 : undefined) });
    const started: string[] = [];
    for (let i = 0; i < 2; i++) void limiter.acquire('slow.invalid').then((r) => (started.push(`s${i}`), r()));
    await vi.advanceTimersByTimeAsync(499);
    expect(started).toEqual(['s0']);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual(['s0', 's1']);
  });
});
