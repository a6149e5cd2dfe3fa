/**
 * Records as stored in IndexedDB. Template fields follow the template pack format (docs/template-packs.md).
 */
import type { DeliveryMethod, HandoffPayload, HandoffStatus } from '../handoff/types';

/** A canned response. */
export interface TemplateRecord {
  /** Personal items: a generated id. Pack items: `${packId}/${idInPack}` (ids are unique per pack only). */
  id: string;
  title: string;
  body: string;
  shortcut?: string;
  folder?: string;
  tags?: string[];
  lang?: string;
  /** Other languages of the same reply, by language code. */
  variants?: Record<string, string>;
  /**
   * The brand accounts it is offered on (lower-case handles, no "@"); absent: every account. From the
   * template itself, else from its pack's `accounts` (utils/templates/accounts.ts).
   */
  accounts?: string[];
  /** A change to it in a team pack waits for a lead's approval before agents get it. */
  sensitive?: boolean;
  /** Set for items that came from a team pack; absent for the agent's own. */
  packId?: string;
  /** The template's id inside its pack (what the pack file says). */
  packItemId?: string;
  /** The pack's `updatedAt` when this item was imported. */
  packVersion?: string;
  /** Team items are read-only for agents: they duplicate to edit. */
  locked: boolean;
  usageCount: number;
  lastUsedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Fields of the pack format Careline does not know: kept, exported again, never dropped. */
  extra?: Record<string, unknown>;
}

/** A team pack the agent imported from a file or subscribed to. */
export interface PackRecord {
  id: string;
  name: string;
  /** The pack's own `updatedAt`. */
  updatedAt: string;
  importedAt: string;
  /** Subscription: the https URL refreshed by the background. */
  url?: string;
  etag?: string;
  lastCheckedAt?: string;
  /** Why the last refresh failed (shown in options), cleared on success. */
  lastError?: string;
  /** Fields of the pack header Careline does not know. */
  extra?: Record<string, unknown>;
  /**
   * A subscription update that was NOT applied because it adds private placeholders
   * (utils/templates/pack/review.ts): the old version stays live until a person reviews it.
   */
  pendingReview?: PendingReview;
}

export interface PlaceholderGain {
  /** Stored template id. */
  id: string;
  title: string;
  /** Private paths the template uses now and did not before, e.g. `customer.phone`. */
  paths: string[];
}

export interface PendingReview {
  /** The held version's `pack.updatedAt`. */
  version: string;
  /** When the refresh found it. */
  foundAt: string;
  gains: PlaceholderGain[];
}

/**
 * A customer, keyed by lower-cased X handle, or by `crm:<customer id>` while no X account is linked
 * (utils/db/customer-keys.ts). CRM fields come from a CSV import or the agent.
 */
export interface CustomerRecord {
  /** Lower-cased handle without @ (X handles are case-insensitive), or `crm:<customer id>`: the key. */
  handle: string;
  /** The handle as X shows it (case kept); empty while no X account is linked. */
  displayHandle: string;
  /**
   * X's numeric user id, when X showed it (DM links; a renamed handle is recognised by it, and the
   * record follows the new handle with its history).
   */
  userId?: string;
  name?: string;
  customerId?: string;
  phone?: string;
  /** The phone's digits (and a leading +), so 010-1234-5678 and 01012345678 find the same customer. */
  phoneDigits?: string;
  email?: string;
  plan?: string;
  tags: string[];
  /**
   * The tags the last import wrote (the CRM's). A re-import replaces these and keeps every other tag:
   * those are the agents' own.
   */
  crmTags?: string[];
  /** Every other CSV column, by its header. */
  attributes: Record<string, string>;
  /** The CRM's note from the import (메모); the agent's notes are events. */
  note?: string;
  /**
   * The newest agent notes (at most RECENT_NOTES), copies of their events kept on the record so the
   * card is one customer read plus one history read (schema v4). The events keep every note.
   */
  recentNotes?: CustomerEventRecord[];
  /** The newest handoffs (at most RECENT_HANDOFFS) with their delivery state, for the card (schema v4). */
  handoffs?: HandoffSummary[];
  /** Multi-entry search index (schema v5): suffixes of name, handle and the name's 초성 (customer-keys.ts). */
  searchKeys?: string[];
  /** The phone's digits reversed (schema v5), so the last digits are an index prefix. */
  phoneTail?: string;
  /** The team server's id for this customer (schema v6): set once the team's record is known. */
  teamId?: string;
  /**
   * Epoch ms after which this copy of the team's record is swept (schema v6). Only on records the
   * team cache created: a customer the agent had before joining is never swept.
   */
  cachedUntil?: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * 'handoff': a webhook handoff was queued; 'handoff-sent' / 'handoff-failed': what became of it (or an
 * e-mail draft / CRM form opened, which is the handoff itself). History logs each step as it happens.
 * 'linked' / 'unlinked' / 'renamed': an X account linked to a CRM record, unlinked from it, or moved
 * to its new handle. 'ticket-status': the call center's word on a handoff's ticket, from the team server.
 */
export type CustomerEventKind =
  | 'reply-sent'
  | 'reply-draft'
  | 'note'
  | 'tag-added'
  | 'tag-removed'
  | 'handoff'
  | 'handoff-sent'
  | 'handoff-failed'
  | 'import'
  | 'linked'
  | 'unlinked'
  | 'renamed'
  | 'ticket-status';

/** Something that happened with a customer: the history the panel shows, newest first. */
export interface CustomerEventRecord {
  id?: number;
  /** Lower-cased handle of the customer. */
  customerHandle: string;
  kind: CustomerEventKind;
  /** ISO-8601. */
  at: string;
  agent?: string;
  tweetUrl?: string;
  statusId?: string;
  templateId?: string;
  text?: string;
  /** kind 'reply-sent': the public post answered, and the template the panel suggested first for it. */
  postText?: string;
  suggestedId?: string;
  /** 'reply-sent' and the handoff kinds: the brand account the agent acted as (lower-case, no "@"). */
  account?: string;
  /**
   * kind 'reply-sent': what the post was about (a suggestion intent or 'other'), the place it names,
   * and the reply's title (the lead's "used most"); no index, so no schema change.
   */
  topic?: string;
  place?: string;
  templateTitle?: string;
  /** The handoff kinds: the outbox entry; 'handoff-sent': the call center's ticket, when it gave one. */
  handoffId?: string;
  ticketId?: string;
  /** 'ticket-status': how far the call center got ('received', 'in-progress', 'solved', 'closed'). */
  ticketStatus?: string;
  /**
   * Made on the agent's machine for every event a team shares (schema v6): the server stores a
   * retried push once, and a pulled copy of an event already here is recognised.
   */
  clientId?: string;
  /** The team's order (the server's seq, a bigint as a string), once the server holds the event. */
  teamSeq?: string;
  /** Who, in the team: set on events made while joined and on colleagues' events. */
  by?: TeamAuthor;
}

/** An agent as the team knows them. */
export interface TeamAuthor {
  agentId: string;
  name: string;
}

export const RECENT_NOTES = 20;
export const RECENT_HANDOFFS = 5;

/** What the customer card shows of a handoff. */
export interface HandoffSummary {
  id: string;
  reason: string;
  createdAt: string;
  status: HandoffStatus;
  ticketId?: string;
  /** Why the last attempt failed (retrying) or why it failed for good. */
  lastError?: string;
}

/**
 * One handoff in the outbox (schema v4). Written with its history event in one transaction before
 * any network call; the background delivers it. `id` is the Idempotency-Key for every attempt.
 */
export interface HandoffRecord {
  id: string;
  customerHandle: string;
  createdAt: string;
  method: DeliveryMethod;
  /** The body as it is sent, built once: every retry sends the same case under the same id. */
  payload: HandoffPayload;
  status: HandoffStatus;
  attempts: number;
  /** Epoch ms when the next attempt may start (queued), or until when the current one holds it (sending). */
  nextAttemptAt: number;
  lastError?: string;
  lastHttpStatus?: number;
  ticketId?: string;
  sentAt?: string;
  /** The history event logged when it was made (its delivery or failure is logged as another). */
  eventId?: number;
}

/**
 * One event waiting to reach the team server (schema v6), written in the same transaction as the
 * event itself. Pushed oldest first per customer under its `clientId`, so a retry is harmless.
 */
export interface TeamOutboxRecord {
  clientId: string;
  customerHandle: string;
  createdAt: string;
  /** The history event's id: two events queued in the same millisecond keep the order they were written in. */
  eventId?: number;
  /** The wire event as it is pushed (utils/team/wire.ts NewEvent), built once. */
  event: TeamOutboxEvent;
  status: 'queued' | 'failed';
  attempts: number;
  /** Epoch ms when the next attempt may start. */
  nextAttemptAt: number;
  lastError?: string;
}

/** utils/team/wire.ts NewEvent, restated here so the database layer does not depend on zod. */
export interface TeamOutboxEvent {
  clientId: string;
  customer: { xUserId?: string; handle?: string; crmId?: string };
  kind: 'note' | 'tag-added' | 'tag-removed' | 'reply-sent' | 'handoff';
  at: string;
  text?: string;
  tag?: string;
  statusId?: string;
  handoffId?: string;
  account?: string;
  /** 'reply-sent': the topic counts and the lead's template figures. */
  topic?: string;
  place?: string;
  templateId?: string;
  templateTitle?: string;
}
