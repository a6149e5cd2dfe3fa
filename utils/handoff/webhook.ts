/**
 * One webhook delivery attempt: POST the handoff, read a bounded answer, classify it. The retry
 * schedule is the caller's (the background's outbox, with backoff.ts); this never retries and never
 * throws, so the outbox can record every outcome.
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';
import {
  CONTENT_TYPE_HEADER,
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  TEST_HEADER,
  headerNameProblem,
  headerValueProblem,
} from './headers';
import { classifyAnswer } from './response';
import { signBody } from './signature';
import type { DeliveryOutcome, HandoffPayload, HandoffSettings } from './types';
import { clampTimeout } from './settings';
import { webAddressProblem } from './web-address';
import { errorText } from '@/utils/error-text';

const say = problemSayer(handoffProblems);

/** A ticket id answer is a few bytes; an error page is not worth more than this. */
export const MAX_ANSWER_BYTES = 64 * 1024;

export interface PostHandoffDeps {
  fetch?: typeof fetch;
  now?: () => number;
}

export async function postHandoff(
  settings: HandoffSettings,
  payload: HandoffPayload,
  deps: PostHandoffDeps = {},
): Promise<DeliveryOutcome> {
  // A local, not deps.fetch(...): called as a method, the browser's fetch throws "Illegal invocation".
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const now = deps.now ?? Date.now;
  const url = settings.webhookUrl.trim();
  const badUrl = webAddressProblem(url, 'webhook');
  if (badUrl) return { kind: 'failed', message: badUrl };
  const host = new URL(url).host;
  const timeoutMs = clampTimeout(settings.timeoutMs);

  let headers: Headers;
  let body: string;
  try {
    body = JSON.stringify(payload);
    headers = await requestHeaders(settings, payload, body);
  } catch (error) {
    return { kind: 'failed', message: say('handoff.webhook.prepareFailed', { error: errorText(error) }) };
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers,
        body,
        // Never follow: a 301/302 turns a POST into a GET (the case is lost), a 307 may send it twice.
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) {
        // Seconds as a string: "1.5", never a locale's "1,5" or a rounded figure. `timedOut`: the
        // message is in the agent's language, so callers cannot tell a timeout by its text.
        return {
          kind: 'retry',
          timedOut: true,
          message: say('handoff.webhook.noAnswer', { seconds: String(timeoutMs / 1000), host }),
        };
      }
      return { kind: 'retry', message: say('handoff.webhook.unreachable', { host, error: networkErrorText(error) }) };
    }
    // The receiver has answered (and, on a 2xx, taken the case): a slow or huge body no longer
    // changes that, so the same timer only bounds how long we read.
    const read = await readBounded(response);
    return classifyAnswer(
      {
        status: response.status,
        type: response.type,
        contentType: response.headers.get('Content-Type'),
        retryAfter: response.headers.get('Retry-After'),
        location: response.headers.get('Location'),
        body: read.text,
        truncated: read.truncated,
      },
      now(),
    );
  } catch (error) {
    // Defensive: classifyAnswer and the reader do not throw, but a failed delivery must never escape.
    return { kind: 'retry', message: say('handoff.webhook.unexpected', { host, error: errorText(error) }) };
  } finally {
    clearTimeout(timer);
  }
}

async function requestHeaders(settings: HandoffSettings, payload: HandoffPayload, body: string): Promise<Headers> {
  const headers = new Headers();
  headers.set(CONTENT_TYPE_HEADER, 'application/json');
  headers.set(IDEMPOTENCY_HEADER, payload.id);
  // Said twice on purpose: a gateway that routes by header need not parse the body, and a receiver
  // that only reads the body still sees it.
  if (payload.test === true) headers.set(TEST_HEADER, '1');
  if (settings.webhookSecret) headers.set(SIGNATURE_HEADER, await signBody(settings.webhookSecret, body));
  const name = settings.extraHeaderName.trim();
  if (name) {
    // Saved settings were validated, but storage can be edited by hand: check again rather than send junk.
    const problem = headerNameProblem(name) ?? headerValueProblem(settings.extraHeaderValue);
    if (problem) throw new Error(problem);
    headers.set(name, settings.extraHeaderValue);
  }
  return headers;
}

/** At most MAX_ANSWER_BYTES of the body as UTF-8 text; the rest is cancelled, not downloaded. */
async function readBounded(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = MAX_ANSWER_BYTES - bytes;
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, room), { stream: true });
        truncated = true;
        break;
      }
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // The body broke off (timeout, connection reset): classify what arrived, the status is known.
    truncated = true;
  }
  if (truncated) {
    reader.cancel().catch(() => undefined);
  }
  return { text: text + decoder.decode(), truncated };
}

/** Node's fetch says only "fetch failed" and puts ECONNREFUSED & co. in `cause`. */
function networkErrorText(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : '';
  const text = errorText(error);
  return detail && !text.includes(detail) ? `${text} (${detail})` : text;
}
