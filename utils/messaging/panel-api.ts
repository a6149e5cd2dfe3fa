/**
 * Requests over the panel port (panel frame -> content script of its tab), one entry a request type:
 * what is sent and what comes back. The content script's handler table (panel-server.ts) and the
 * panel's answer types (PanelLink.request) come from this map.
 *
 * A request is answered in time or not at all. The content script runs on x.com's main thread, which
 * the page can keep busy for seconds (or an extension update can leave the old script deaf): the
 * panel stops waiting after PANEL_ANSWER_WITHIN_MS and says so, and the content script does not start
 * a request it got later than PANEL_START_WITHIN_MS after it was sent, so an insert the panel has
 * given up on never lands behind the agent's back (and a retry never lands twice).
 */
import type { InsertMode, InsertOutcome } from '@/utils/x/insert/types';
import type { InsertDesk } from './protocol';
import type { HandlersOf, NoFields, RequestOf, ResponseOf } from './request-map';

export interface PanelApi {
  /** suggestedId: the template the panel preselected for this post, so a send can tell whether the agent kept it. */
  insert: {
    request: {
      text: string;
      mode: InsertMode;
      cursor?: number;
      templateId?: string;
      suggestedId?: string;
      /** The post's topic and place, and the reply's title: carried on the reply-sent event. */
      desk?: InsertDesk;
    };
    response: InsertOutcome;
  };
  'composer-text': { request: NoFields; response: { text: string | null } };
  'close-panel': { request: NoFields; response: { ok: true } };
  /** Esc in the panel with nothing left to cancel: the caret goes back into X's composer. */
  'focus-composer': { request: NoFields; response: { ok: true } };
  /** The rail, shown full width over X until the next insert or Esc. */
  'expand-panel': { request: NoFields; response: { ok: true } };
  /** The panel heard of an answer or a claim on the team's live connection: the queue marks are asked for now. */
  'queue-changed': { request: NoFields; response: { ok: true } };
  /** The fixed-reply walk: the tab opens this post (X's own client-side navigation, no reload). */
  'open-post': { request: { handle: string; statusId: string }; response: { ok: boolean } };
}

export type PanelRequestType = keyof PanelApi;
export type PanelRequest<K extends PanelRequestType = PanelRequestType> = RequestOf<PanelApi, K>;
export type PanelResponse<K extends PanelRequestType> = ResponseOf<PanelApi, K>;
export type PanelHandlers = HandlersOf<PanelApi>;

/** How long the panel waits for an answer. An insert takes well under a second on a responsive page. */
export const PANEL_ANSWER_WITHIN_MS = 8_000;

/** A request the content script gets later than this after it was sent is refused, not started. */
export const PANEL_START_WITHIN_MS = 4_000;

/** Panel -> content script. `startBy`: epoch ms (one clock: both ends run on the agent's machine). */
export interface RequestEnvelope {
  id: number;
  request: PanelRequest;
  startBy: number;
}

export const REQUEST_EXPIRED = 'expired';

/** The envelope as sent by the panel, for a request type the table serves; else null. */
export function toRequestEnvelope(message: unknown, handlers: PanelHandlers): RequestEnvelope | null {
  if (typeof message !== 'object' || message === null) return null;
  const { id, request, startBy } = message as Partial<Record<keyof RequestEnvelope, unknown>>;
  if (typeof id !== 'number' || typeof startBy !== 'number' || typeof request !== 'object' || request === null) {
    return null;
  }
  const type = (request as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return null;
  return { id, request: request as PanelRequest, startBy };
}

/** Whether the content script may still start this request at `now`. */
export function startsInTime(envelope: RequestEnvelope, now: number): boolean {
  return now <= envelope.startBy;
}
