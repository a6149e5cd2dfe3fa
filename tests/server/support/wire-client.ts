/**
 * A simulated agent's HTTP client: plain fetch speaking the wire schemas, retrying the way the
 * extension's outbox does (exponential backoff with jitter on network errors, 5xx and 429, never
 * sooner than Retry-After), resending the very same body so a retried push carries the same clientIds.
 */
import type { z } from 'zod';
import { parseRetryAfter, retryDelayMs } from '../../../utils/handoff/backoff';
import { API_PREFIX } from '../../../utils/team/wire';

export interface RetryStats {
  networkErrors: number;
  serverErrors: number;
  rateLimited: number;
}

export function newStats(): RetryStats {
  return { networkErrors: 0, serverErrors: 0, rateLimited: 0 };
}

export class RefusedError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 300)}`);
  }
}

export class BadAnswerError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: the answer does not match the wire schema: ${problem.slice(0, 500)}`);
  }
}

export interface CallOptions {
  token?: string;
  /** Give up after this long (a test must end); retries continue until then. */
  deadline: number;
  stats?: RetryStats;
  /** Backoff after the first failure; doubles up to capMs (the extension's outbox: 2 s, 10 min). */
  baseMs?: number;
  capMs?: number;
  /** Per try: how long one request may take before it counts as a network error. */
  tryTimeoutMs?: number;
  method?: 'GET' | 'POST';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One API call, retried until it gets an answer the schema accepts, or a refusal, or the deadline. */
export async function call<S extends z.ZodType>(
  serverUrl: string,
  path: string,
  body: unknown,
  answer: S,
  options: CallOptions,
): Promise<z.infer<S>> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  for (let attempt = 1; ; attempt++) {
    let retryAfterMs: number | undefined;
    try {
      const response = await fetch(`${serverUrl}${API_PREFIX}${path}`, {
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        headers,
        body: payload,
        signal: AbortSignal.timeout(options.tryTimeoutMs ?? 30_000),
      });
      const text = await response.text();
      if (response.ok) {
        const parsed = answer.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
        throw new BadAnswerError(path, parsed.error.message);
      }
      if (response.status === 429) {
        if (options.stats) options.stats.rateLimited += 1;
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      } else if (response.status >= 500) {
        if (options.stats) options.stats.serverErrors += 1;
      } else {
        throw new RefusedError(response.status, text);
      }
    } catch (error) {
      // A refusal, or an answer that is not the API's, is a defect to report, not a reason to retry.
      if (error instanceof RefusedError || error instanceof BadAnswerError || error instanceof SyntaxError) throw error;
      if (options.stats) options.stats.networkErrors += 1;
    }
    const wait = retryDelayMs(attempt, { baseMs: options.baseMs ?? 100, capMs: options.capMs ?? 2_000, retryAfterMs });
    if (Date.now() + wait > options.deadline) throw new Error(`${path}: no answer before the deadline`);
    await sleep(wait);
  }
}
