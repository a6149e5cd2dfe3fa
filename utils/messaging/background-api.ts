/**
 * Requests to the background over runtime messaging (content script and panel -> background), one
 * entry a request type: what is sent and what comes back. The background's handler table, the guard
 * at its door (background-requests.ts) and the callers' response types all come from this map, so a
 * request without a handler, a handler answering the wrong shape or a caller expecting another answer
 * does not compile.
 */
import { browser } from 'wxt/browser';
import type { ShortcutSuggestion } from '@/utils/templates/shortcuts';
import type { QueueMarksAnswer } from '@/utils/team/queue-marks-types';
import type { TeamLookupAnswer, TeamStatus, TeamWatchAnswer } from '@/utils/team/status-types';
import type { ClaimAnswer, ClaimsAnswer, LiveTicketAnswer, ReleaseAnswer } from '@/utils/team/live-types';
import type { DeskReportAnswer, IncidentsAnswer, TopicExportAnswer } from '@/utils/team/lead-desk-types';
import type {
  AttachAnswer,
  FixedAnswer,
  IncidentsAnswer as DeskIncidentsAnswer,
  NextFixAnswer,
  TopicAnswer,
} from '@/utils/team/desk-types';
import type { SentReply, ShortcutRender } from './protocol';
import type { HandlersOf, NoFields, RequestOf, ResponseOf } from './request-map';

export interface BackgroundApi {
  /** `;prefix` typed in X's composer: the templates whose shortcut matches (the library is in IndexedDB). */
  /** `account`: the brand account in use (templates limited to others are not offered). */
  'careline:shortcut-suggest': {
    request: { prefix: string; lang?: string; account?: string };
    response: ShortcutSuggestion[];
  };
  /** A suggestion picked: its text for x.com's page, or word that it opens in the panel; null when gone. */
  'careline:shortcut-render': {
    request: { id: string; customer?: { handle?: string; name?: string }; lang?: string; account?: string };
    response: ShortcutRender | null;
  };
  /** A reply Careline helped write was sent from X's composer: log it in the customer's history. */
  'careline:reply-sent': { request: { reply: SentReply }; response: { ok: true } };
  /** Panel: a handoff was written to the outbox; deliver now rather than at the next alarm. */
  'careline:handoff-queued': { request: NoFields; response: { ok: true } };
  /**
   * Panel, Firefox: open the handoff's e-mail draft or CRM form in a new tab (the framed panel has no
   * `tabs` API there). Only mailto: and https: addresses are opened (isOpenableAddress).
   */
  'careline:open-tab': { request: { url: string }; response: { ok: boolean } };
  /** Panel: the settings button (⚙) opens the options page. */
  'careline:open-settings': { request: NoFields; response: { ok: true } };
  /** Panel: joined to a team or not, and as whom (never the token). Extension pages only. */
  'careline:team-status': { request: NoFields; response: TeamStatus };
  /**
   * Panel: the card opened a customer; the background looks them up in the team's record and keeps
   * the answer in IndexedDB (the card reads it there). The ref is what the panel resolved. Extension pages only.
   */
  'careline:team-lookup': {
    request: { customer: { handle?: string; userId?: string; crmId?: string } };
    response: TeamLookupAnswer;
  };
  /** Panel, while it shows a team customer: one long poll for the team's changes. Extension pages only. */
  'careline:team-watch': { request: NoFields; response: TeamWatchAnswer };
  /** Panel: an event was queued for the team; push now rather than at the next alarm. */
  'careline:team-queued': { request: NoFields; response: { ok: true } };
  /** Panel: a one-time ticket for its live connection (presence, answers, claims). Extension pages only. */
  'careline:team-live-ticket': { request: NoFields; response: LiveTicketAnswer };
  /** Panel, once its live connection is welcomed: the claims running now. Extension pages only. */
  'careline:team-claims': { request: NoFields; response: ClaimsAnswer };
  /** Panel: "Take this one": the post, or in a chat the customer (one of the two). Extension pages only. */
  'careline:team-claim': { request: { postId?: string; customerId?: string }; response: ClaimAnswer };
  /** Panel: "Release" gives the claim back. Extension pages only. */
  'careline:team-release': { request: { postId?: string; customerId?: string }; response: ReleaseAnswer };
  /**
   * Content script on a queue page: the team's answered, handed-off and claimed post ids (no names).
   * The request names no post: the match with the posts on screen is made in the content script.
   * `since`: the version the asker holds (the marks are left out when it is current).
   */
  'careline:queue-marks': { request: { since?: number }; response: QueueMarksAnswer };
  /** Options → Team, a lead: the desk's report for days in Korean time, both ends included. Options page only. */
  'careline:lead-desk': { request: { from: string; to: string; account?: string }; response: DeskReportAnswer };
  /** Options → Team, a lead: the team's incidents, open and resolved. Options page only. */
  'careline:lead-incidents': { request: NoFields; response: IncidentsAnswer };
  /** The lead opens an incident with its holding reply; answers the incidents as they now stand. Options page only. */
  'careline:lead-incident-open': {
    request: { title: string; holdingReply: string; topic?: string; place?: string };
    response: IncidentsAnswer;
  };
  /** The lead resolves an incident with the fixed reply; answers the incidents as they now stand. Options page only. */
  'careline:lead-incident-resolve': { request: { id: string; fixedReply: string }; response: IncidentsAnswer };
  /** The posts of one topic over a range, as the server's CSV (logged there as an export). Options page only. */
  'careline:lead-topic-export': { request: { topic: string; from: string; to: string }; response: TopicExportAnswer };
  /** Panel: the team's incidents (open and resolved). Extension pages only. */
  'careline:desk-incidents': { request: NoFields; response: DeskIncidentsAnswer };
  /** Panel: "Attach to <title>": the post on screen joins the incident. Extension pages only. */
  'careline:desk-attach': { request: { incidentId: string; statusId: string; handle: string }; response: AttachAnswer };
  /** Panel, walking a resolved incident: the next post owed the fixed reply, held for this agent. Extension pages only. */
  'careline:desk-next-fix': { request: { incidentId: string }; response: NextFixAnswer };
  /** Panel: the fixed reply to this post was sent (the send watcher logged it). Extension pages only. */
  'careline:desk-fixed': { request: { incidentId: string; statusId: string }; response: FixedAnswer };
  /** Panel: the agent changed the topic of a post the team already answered. Extension pages only. */
  'careline:desk-topic': {
    request: { statusId: string; topic: string; place?: string | null };
    response: TopicAnswer;
  };
}

export type BackgroundRequestType = keyof BackgroundApi;
export type BackgroundRequest<K extends BackgroundRequestType = BackgroundRequestType> = RequestOf<BackgroundApi, K>;
export type BackgroundResponse<K extends BackgroundRequestType> = ResponseOf<BackgroundApi, K>;
export type BackgroundHandlers = HandlersOf<BackgroundApi>;

/** Asks the background; the answer's type follows from the request's `type`. */
export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponse<R['type']>>;
}
