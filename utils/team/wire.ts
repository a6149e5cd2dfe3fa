/**
 * The team server's wire format: one set of zod schemas that the server validates requests with and
 * the extension validates answers with, so the two can never drift apart. Personal data travels
 * only in request and response bodies, never in a URL (URLs end up in proxies' and servers' logs).
 */
import { z } from 'zod';

export const API_PREFIX = '/v1';

export const Role = z.enum(['agent', 'lead']);
export type Role = z.infer<typeof Role>;

export const TeamInfo = z.object({ id: z.string(), name: z.string() });
export const AgentInfo = z.object({ id: z.string(), name: z.string(), role: Role });

/** What the lead sets for the whole team. */
export const TeamSettings = z.object({
  /** How long an agent's browser keeps a customer it viewed. */
  cacheHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  /** How long the server keeps events (notes, tags, replies, handoffs). */
  retentionDays: z.number().int().min(30).max(3650),
  /** Minutes a post may wait for an answer before the queue highlights it. */
  responseTargetMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  /** Minutes "Take this one" holds a post or customer for its agent. */
  claimMinutes: z.number().int().min(1).max(480).default(15),
});
export type TeamSettings = z.infer<typeof TeamSettings>;
export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  cacheHours: 24,
  retentionDays: 365 * 3,
  responseTargetMinutes: 60,
  claimMinutes: 15,
};

export const Session = z.object({ team: TeamInfo, agent: AgentInfo, settings: TeamSettings });
export type Session = z.infer<typeof Session>;

export const JoinRequest = z.object({ inviteCode: z.string().trim().min(8).max(200) });
export const JoinResponse = Session.extend({ token: z.string() });
export type JoinResponse = z.infer<typeof JoinResponse>;

/** How an agent names a customer: X's numeric user id first, the handle or CRM id otherwise. */
export const CustomerRef = z
  .object({
    xUserId: z
      .string()
      .regex(/^\d{1,25}$/)
      .optional(),
    handle: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,15}$/)
      .optional(),
    crmId: z.string().min(1).max(200).optional(),
  })
  .refine((r) => r.xUserId || r.handle || r.crmId, { message: 'xUserId, handle or crmId is required' });
export type CustomerRef = z.infer<typeof CustomerRef>;

/** A customer as the team's record holds it (CRM fields come from the lead's import). */
export const TeamCustomer = z.object({
  id: z.string(),
  xUserId: z.string().nullable(),
  handle: z.string().nullable(),
  displayHandle: z.string().nullable(),
  crmId: z.string().nullable(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  plan: z.string().nullable(),
  crmTags: z.array(z.string()),
  attributes: z.record(z.string(), z.string()),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type TeamCustomer = z.infer<typeof TeamCustomer>;

/** 'ticket-status' comes only from the call center (POST /v1/tickets/status), never from an agent's push. */
export const EventKind = z.enum(['note', 'tag-added', 'tag-removed', 'reply-sent', 'handoff', 'ticket-status']);
export type EventKind = z.infer<typeof EventKind>;

/** An event as an agent pushes it. `clientId` (a UUID the agent made) makes a retry harmless. */
export const NewEvent = z.object({
  clientId: z.uuid(),
  customer: CustomerRef,
  kind: EventKind,
  /** When it happened on the agent's machine (ISO-8601); the server's order is `seq`. */
  at: z.iso.datetime({ offset: true }),
  text: z.string().max(10_000).optional(),
  tag: z.string().min(1).max(100).optional(),
  statusId: z
    .string()
    .regex(/^\d{1,25}$/)
    .optional(),
  handoffId: z.string().max(200).optional(),
  /** reply-sent: what the post was about (a suggestion intent or 'other') and the place it names. */
  topic: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/)
    .optional(),
  place: z.string().trim().min(1).max(40).optional(),
  /** reply-sent and handoff: the brand account the agent acts as (lower-case, no @). */
  account: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,15}$/)
    .optional(),
  /** reply-sent: the template the reply started from, for the lead's "used most / never". */
  templateId: z.string().max(200).optional(),
  templateTitle: z.string().max(200).optional(),
});
export type NewEvent = z.infer<typeof NewEvent>;

export const PushRequest = z.object({ events: z.array(NewEvent).min(1).max(500) });
export const PushResponse = z.object({
  /** One per pushed event, same order: the server's seq, and whether it was already stored. */
  results: z.array(
    z.object({
      clientId: z.string(),
      seq: z.string(),
      customerId: z.string(),
      duplicate: z.boolean(),
      /** Not stored: written before a lead erased this customer (seq '0', customerId the tombstone's). */
      erased: z.boolean().optional(),
    }),
  ),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** An event as the server stores it. `seq` is the team's one order (a bigint, as a string). */
export const TeamEvent = z.object({
  seq: z.string(),
  clientId: z.string(),
  customerId: z.string(),
  kind: EventKind,
  at: z.string(),
  receivedAt: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  text: z.string().nullable(),
  tag: z.string().nullable(),
  statusId: z.string().nullable(),
  handoffId: z.string().nullable(),
  topic: z.string().nullish(),
  place: z.string().nullish(),
  account: z.string().nullish(),
  templateId: z.string().nullish(),
  /** 'ticket-status': the call center's state of the handoff's ticket ('in-progress', 'solved', …). */
  ticketStatus: z.string().nullish(),
  ticketId: z.string().nullish(),
});
export type TeamEvent = z.infer<typeof TeamEvent>;

export const LookupRequest = z.object({ customer: CustomerRef });
export const LookupResponse = z.object({
  customer: TeamCustomer.nullable(),
  /** The customer's events in server order, oldest first (at most LOOKUP_EVENTS, the newest). */
  events: z.array(TeamEvent),
  /** Tags as the team's events leave them, decided by server order (crmTags plus added minus removed). */
  tags: z.array(z.string()),
});
export type LookupResponse = z.infer<typeof LookupResponse>;
export const LOOKUP_EVENTS = 200;

/** Pull: what changed since `after` for the customers this agent keeps. `waitMs` > 0 long-polls. */
export const SyncRequest = z.object({
  customerIds: z.array(z.string()).max(5_000),
  after: z.string().regex(/^\d+$/),
  waitMs: z.number().int().min(0).max(25_000).default(0),
});
export const SyncResponse = z.object({
  events: z.array(TeamEvent),
  /** Customers erased (tombstones) among those asked about: the agent deletes its copy. */
  erased: z.array(z.string()),
  /** The seq to ask `after` next time. */
  cursor: z.string(),
});
export type SyncResponse = z.infer<typeof SyncResponse>;

export const InviteRequest = z.object({ name: z.string().trim().min(1).max(80), role: Role.default('agent') });
export const InviteResponse = z.object({ code: z.string(), expiresAt: z.string() });

export const AgentRow = AgentInfo.extend({ active: z.boolean(), joinedAt: z.string().nullable() });
export const EraseRequest = z.object({ customer: CustomerRef });
export const EraseResponse = z.object({ erased: z.boolean() });

export const ImportResponse = z.object({
  imported: z.number().int(),
  /** Nothing is written when any row has a problem (all or nothing), as in the extension. */
  problems: z.array(z.string()),
});

/**
 * Why a row of the access review is worth the lead's look: over 3x the team's median of lookups
 * (and 30 or more: 'volume'), any export, lookups outside 07-22h Korean time ('off-hours'), 500 or more lookups in
 * one day ('daily-burst'). Codes, so each page says them in its own language.
 */
export const ReviewFlag = z.enum(['volume', 'export', 'off-hours', 'daily-burst']);
export type ReviewFlag = z.infer<typeof ReviewFlag>;

/** The lead's monthly review of the access log: who looked at how many customers, and what stands out. */
export const AccessReview = z.object({
  month: z.string(),
  /** The median of the month's lookups over the agents who looked anyone up ('volume' compares with it). */
  medianLookups: z.number().optional(),
  rows: z.array(
    z.object({
      agentId: z.string(),
      agentName: z.string(),
      lookups: z.number().int(),
      exports: z.number().int(),
      erases: z.number().int(),
      distinctCustomers: z.number().int(),
      /** Why this row is worth the lead's look (ReviewFlag codes; empty when nothing stands out). */
      flags: z.array(z.string()),
      /** Lookups outside 07-22h Korean time. */
      offHoursLookups: z.number().int().optional(),
      /** The most lookups on one day (Korean time) in the month. */
      busiestDayLookups: z.number().int().optional(),
    }),
  ),
});

export type AccessReview = z.infer<typeof AccessReview>;
/** `?month=YYYY-MM` (a Korean-time month); the current month when absent. */
export const AccessReviewQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

/** Problems the server answers with: a stable code and an English sentence; no personal data. */
export const ApiError = z.object({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

/** Company sign-in (OpenID Connect): the team's identity provider, for the extension to open. */
export const OidcConfig = z.object({
  issuer: z.string(),
  clientId: z.string(),
  /** From the issuer's discovery document, so the extension needs no access to the provider itself. */
  authorizationEndpoint: z.string(),
});
export type OidcConfig = z.infer<typeof OidcConfig>;
/** The provider's id_token and the nonce the extension put into the sign-in request. */
export const OidcExchangeRequest = z.object({
  idToken: z.string().min(20).max(20_000),
  nonce: z.string().min(16).max(200),
});
