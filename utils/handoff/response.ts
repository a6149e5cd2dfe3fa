/**
 * What the receiver's answer to a webhook POST means for the handoff (contract: 2xx sent, optionally
 * with a ticket id; 408/429/5xx try again, honouring Retry-After; every other answer fails with the
 * receiver's own words shown to the agent). Pure: webhook.ts reads the answer, this decides.
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';
import { parseRetryAfter } from './backoff';
import type { DeliveryOutcome } from './types';

const say = problemSayer(handoffProblems);

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
    return {
      kind: 'failed',
      ...(status ? { httpStatus: status } : {}),
      message: answer.location
        ? say('handoff.answer.redirectedTo', { location: oneLine(answer.location, 200) })
        : say('handoff.answer.redirected'),
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
  return {
    kind: 'failed',
    ...(status ? { httpStatus: status } : {}),
    message: say('handoff.answer.unreadable', { status: String(status) }),
  };
}

function sent(answer: ReceiverAnswer): DeliveryOutcome {
  const base = { kind: 'sent' as const, httpStatus: answer.status };
  if (answer.truncated) return { ...base, message: say('handoff.answer.noTicketTooLarge') };
  const text = answer.body.trim();
  // No body (204, or a receiver that gives no ticket ids) is a plain success: the ticket is optional.
  if (text === '') return base;
  const json = parseObject(text);
  if (!json) return { ...base, message: say('handoff.answer.noTicketNotJson') };
  if (!('ticketId' in json) || json.ticketId === null || json.ticketId === undefined) return base;
  const ticketId = readTicketId(json.ticketId);
  if (ticketId === undefined) return { ...base, message: say('handoff.answer.noTicketBadId') };
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
  const reason = said ? oneLine(said, MAX_RECEIVER_MESSAGE_LENGTH - prefix.length - 2) : reasonPhrase(status);
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

/**
 * What to show when the receiver said nothing. The standard reason phrases are protocol names, kept
 * as HTTP spells them (what a call center's IT will search for); the ones with a hint for the team
 * lead are in the context's language.
 */
function reasonPhrase(status: number): string | undefined {
  if (status === 401) return say('handoff.answer.status401');
  if (status === 403) return say('handoff.answer.status403');
  if (status === 404) return say('handoff.answer.status404');
  if (status === 405) return say('handoff.answer.status405');
  return REASON_PHRASES[status];
}

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
