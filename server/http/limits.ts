/**
 * Request size and rate limits, and the one log line per request. The log names the route pattern,
 * never the URL as sent, a query string, a header or a body: tokens and customers stay out of it.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { fail } from './errors';

export interface RateLimit {
  /** Requests a client may make in a burst. */
  burst: number;
  /** Requests per second a client earns back. */
  perSecond: number;
}

/** Generous for an agent's extension (a push, a pull and a few lookups a second), tight for a script. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 120, perSecond: 20 };

/** Token buckets per client: the bearer token when there is one (hashed), the peer address otherwise. */
export function rateLimit(limit: RateLimit, now: () => number = Date.now): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();
  return async (c, next) => {
    const t = now();
    if (t - lastSweep > 60_000) {
      // A bucket full again is the same as no bucket: forget it, so memory follows active clients.
      for (const [key, b] of buckets)
        if (b.tokens + ((t - b.at) / 1000) * limit.perSecond >= limit.burst) buckets.delete(key);
      lastSweep = t;
    }
    const key = clientKey(c);
    const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
    bucket.at = t;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
      c.header('Retry-After', String(wait));
      return fail(c, 429, 'rate-limited', `Too many requests; try again in ${wait} s.`);
    }
    bucket.tokens -= 1;
    await next();
  };
}

function clientKey(c: Context): string {
  const auth = c.req.header('authorization');
  if (auth) return 't:' + createHash('sha256').update(auth).digest('base64url').slice(0, 22);
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return 'a:' + (incoming?.socket?.remoteAddress ?? 'local');
}

/** `POST /v1/customers/lookup 200 3ms`: the pattern the request matched, or "-" when none did. */
export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const pattern = routePattern(c);
      const ms = Math.round(performance.now() - started);
      log(`${c.req.method} ${pattern} ${c.res.status} ${ms}ms`);
    }
  };
}

function routePattern(c: Context): string {
  const path = routePath(c, -1);
  return path && path !== '*' && !path.endsWith('/*') ? path : '-';
}
