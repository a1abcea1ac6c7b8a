/** Waits until a host may be hit; call the returned function when the request is done. */
export interface HostLimiter {
  acquire(host: string): Promise<() => void>;
  /** Optional: no request to `host` starts before `ms` from now (Retry-After, Crawl-delay backoff). */
  pause?(host: string, ms: number): void;
}

interface HostState {
  active: number;
  nextStart: number;
  waiters: Array<() => void>;
  timer: NodeJS.Timeout | undefined;
}

/**
 * In-process per-host limit: at most `concurrency` requests in flight per host and at least `delayMs`
 * between request starts. Keyed by the host string as given (an IP literal counts like any host,
 * unlike crawlee's sameDomainDelaySecs which skips hosts without a registrable domain).
 */
export class LocalHostLimiter implements HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly concurrency: number;
  private readonly delayMs: number;

  constructor(opts: { concurrency: number; delayMs: number; delayFor?: (host: string) => number | undefined }) {
    if (!(opts.concurrency >= 1)) throw new RangeError(`concurrency must be at least 1, not ${opts.concurrency}`);
    this.concurrency = Math.floor(opts.concurrency);
    this.delayMs = Math.max(0, opts.delayMs);
    this.delayFor = opts.delayFor;
  }

  private readonly delayFor: ((host: string) => number | undefined) | undefined;

  acquire(host: string): Promise<() => void> {
    const key = host.toLowerCase();
    let s = this.hosts.get(key);
    if (!s) {
      s = { active: 0, nextStart: 0, waiters: [], timer: undefined };
      this.hosts.set(key, s);
    }
    const state = s;
    return new Promise<() => void>((resolve) => {
      state.waiters.push(() => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          state.active--;
          this.pump(key, state);
        });
      });
      this.pump(key, state);
    });
  }

  pause(host: string, ms: number): void {
    const key = host.toLowerCase();
    const s = this.hosts.get(key) ?? { active: 0, nextStart: 0, waiters: [], timer: undefined };
    this.hosts.set(key, s);
    s.nextStart = Math.max(s.nextStart, Date.now() + ms);
  }

  private pump(key: string, s: HostState): void {
    while (s.waiters.length > 0 && s.active < this.concurrency) {
      const now = Date.now();
      if (now < s.nextStart) {
        if (!s.timer) {
          s.timer = setTimeout(() => {
            s.timer = undefined;
            this.pump(key, s);
          }, s.nextStart - now);
        }
        return;
      }
      const next = s.waiters.shift()!;
      s.active++;
      const delay = Math.max(this.delayMs, this.delayFor?.(key) ?? 0);
      s.nextStart = now + delay;
      next();
    }
  }
}
