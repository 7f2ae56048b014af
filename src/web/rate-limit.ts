/**
 * Requests per client address in fixed windows of a minute, in memory: enough for one server
 * process behind the office's proxy (a restart forgets the counts). Written here rather than taken
 * from a package: hono has no limiter of its own, and the one it lists needs a storage layer.
 */

/** A limit's verdict: allowed, or refused with the seconds until the window ends (Retry-After). */
export type Verdict = { ok: true } | { ok: false; retryAfter: number };

export class RateLimit {
  private window = -1;
  private counts = new Map<string, number>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `client`; refused past `perMinute` in the current minute. */
  hit(client: string): Verdict {
    const ms = this.now();
    const window = Math.floor(ms / 60_000);
    // A new minute forgets the last one whole: memory never grows past one minute's clients.
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, count);
    if (count <= this.perMinute) return { ok: true };
    return { ok: false, retryAfter: Math.max(1, Math.ceil(((window + 1) * 60_000 - ms) / 1000)) };
  }
}
