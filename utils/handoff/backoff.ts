/**
 * When to try a failed webhook delivery again: exponential backoff with full jitter (so a call center
 * coming back after an outage is not hit by every agent's outbox at the same second), and never
 * sooner than the receiver asked for with Retry-After.
 */

/** A receiver cannot park a handoff for longer than this with Retry-After: the case is waiting. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;
export const DEFAULT_BASE_MS = 2_000;
export const DEFAULT_CAP_MS = 10 * 60 * 1000;

/** The three HTTP-date forms (IMF-fixdate, RFC 850, asctime) all start with a day name. */
const HTTP_DATE = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s/i;

/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds ("120") or an HTTP-date. Undefined when
 * absent or unreadable; clamped to 0..MAX_RETRY_AFTER_MS.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  let ms: number;
  if (/^\d+$/.test(value)) {
    ms = Number(value) * 1000;
  } else if (HTTP_DATE.test(value)) {
    // asctime carries no zone but means GMT; Date.parse would read it as local time.
    const at = Date.parse(/(gmt|utc|[+-]\d{4})\s*$/i.test(value) ? value : `${value} GMT`);
    if (Number.isNaN(at)) return undefined;
    ms = at - nowMs;
  } else {
    // Not "1.5" or "soon": Date.parse would read many such strings as some date.
    return undefined;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

export interface RetryDelayOptions {
  baseMs?: number;
  capMs?: number;
  /** Math.random by default; tests pin it. */
  random?: () => number;
  /** From the receiver's Retry-After: the delay is at least this. */
  retryAfterMs?: number;
}

/**
 * How long to wait before the next try, after `attempt` failed tries (1 after the first failure):
 * a uniform random delay in [0, min(cap, base * 2^(attempt-1))), or Retry-After if that is longer.
 */
export function retryDelayMs(attempt: number, opts: RetryDelayOptions = {}): number {
  const base = opts.baseMs ?? DEFAULT_BASE_MS;
  const cap = opts.capMs ?? DEFAULT_CAP_MS;
  const random = opts.random ?? Math.random;
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // 2 ** 1100 is Infinity, which Math.min turns into the cap: no overflow to worry about.
  const ceiling = Math.min(cap, base * 2 ** (n - 1));
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  const floor =
    opts.retryAfterMs !== undefined && opts.retryAfterMs > 0 ? Math.min(opts.retryAfterMs, MAX_RETRY_AFTER_MS) : 0;
  return Math.max(jittered, floor);
}
