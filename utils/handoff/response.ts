/**
 * What the receiver's answer to a webhook POST means for the handoff (contract: 2xx sent, optionally
 * with a ticket id; 408/429/5xx try again, honouring Retry-After; every other answer fails with the
 * receiver's own words shown to the agent). Pure: webhook.ts reads the answer, this decides.
 */
import { parseRetryAfter } from './backoff';
import type { DeliveryOutcome } from './types';

export interface ReceiverAnswer {
  status: number;
  /** Response.type: 'opaqueredirect' is what a browser gives for a redirect under redirect: 'manual'. */
  type?: ResponseType;
  contentType?: string | null;
  retryAfter?: string | null;
  /** Where a 3xx points, when the runtime lets us see it (Node does, a browser does not). */
  location?: string | null;
  /** The first bytes of the body as text (webhook.ts reads at most 64 KB). */
  body: string;
  /** True when the body was longer than what was read. */
  truncated: boolean;
}

export const MAX_TICKET_ID_LENGTH = 100;
export const MAX_RECEIVER_MESSAGE_LENGTH = 300;

/** Control, format (bidi overrides, zero-width) and line/paragraph separators: never in a ticket id. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export function classifyAnswer(answer: ReceiverAnswer, nowMs: number): DeliveryOutcome {
  const { status } = answer;
  if (answer.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    // Never followed: a redirected POST may arrive as a GET (lost) or be sent twice.
    const to = answer.location ? ` to ${oneLine(answer.location, 200)}` : ' to another address';
    return {
      kind: 'failed',
      ...(status ? { httpStatus: status } : {}),
      message: `The receiver redirected${to}; set the webhook URL to the final address.`,
    };
  }
  if (status >= 200 && status < 300) return sent(answer);
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter ?? null, nowMs);
    return {
      kind: 'retry',
      httpStatus: status,
      message: withReceiverText(status, answer),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  if (status >= 400 && status < 500) {
    return { kind: 'failed', httpStatus: status, message: withReceiverText(status, answer) };
  }
  return { kind: 'failed', ...(status ? { httpStatus: status } : {}), message: `The receiver's answer could not be read (HTTP status ${status}).` };
}

function sent(answer: ReceiverAnswer): DeliveryOutcome {
  const base = { kind: 'sent' as const, httpStatus: answer.status };
  const noTicket = 'The call center accepted the handoff, but no ticket id could be read from its answer';
  if (answer.truncated) return { ...base, message: `${noTicket} (the answer was too large).` };
  const text = answer.body.trim();
  // No body (204, or a receiver that gives no ticket ids) is a plain success: the ticket is optional.
  if (text === '') return base;
  const json = parseObject(text);
  if (!json) return { ...base, message: `${noTicket} (it is not JSON).` };
  if (!('ticketId' in json) || json.ticketId === null || json.ticketId === undefined) return base;
  const ticketId = readTicketId(json.ticketId);
  if (ticketId === undefined) return { ...base, message: `${noTicket} (its ticketId is not a short printable text).` };
  return { ...base, ticketId };
}

function readTicketId(value: unknown): string | undefined {
  let id: string;
  if (typeof value === 'string') id = value.trim();
  else if (typeof value === 'number' && Number.isFinite(value)) id = String(value);
  else return undefined;
  if (id === '' || id.length > MAX_TICKET_ID_LENGTH || UNPRINTABLE.test(id)) return undefined;
  return id;
}

/** "HTTP 400: unknown queue": the status, then what the receiver said, on one line, ≤ 300 chars. */
function withReceiverText(status: number, answer: ReceiverAnswer): string {
  const prefix = `HTTP ${status}`;
  const said = receiverText(answer);
  const reason = said ? oneLine(said, MAX_RECEIVER_MESSAGE_LENGTH - prefix.length - 2) : REASON_PHRASES[status];
  return reason ? `${prefix}: ${reason}` : prefix;
}

function receiverText(answer: ReceiverAnswer): string {
  const text = answer.body.trim();
  if (text === '') return '';
  const json = parseObject(text);
  if (json) {
    for (const key of ['error', 'message'] as const) {
      const value = json[key];
      if (typeof value === 'string' && value.trim()) return value;
      // {"error": {"message": "…"}}, as several API gateways answer.
      if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
        return (value as { message: string }).message;
      }
    }
    return text;
  }
  if (/html/i.test(answer.contentType ?? '') || /^<(!doctype|html)/i.test(text)) {
    // An error page: its title says more than a screenful of markup.
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    return title?.trim() || text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  }
  return text;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // not JSON after all: the caller uses the text as it is
  }
}

/** Whitespace and controls collapsed to single spaces, cut to `max` characters with an ellipsis. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized (check the webhook secret or extra header)', 403: 'Forbidden (check the webhook secret or extra header)',
  404: 'Not Found (check the webhook URL)', 405: 'Method Not Allowed (the URL does not take POST)', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};
