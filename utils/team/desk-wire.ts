/**
 * The lead's desk on the wire: what each answered post was about (topic, place, brand account),
 * incidents (one outage, one holding reply, every complaint answered once when it is fixed), the
 * call center's word back on a handoff, and the lead's report. Shared by the server, which validates
 * requests with it, and the extension, which validates answers with it.
 */
import { z } from 'zod';

const PostId = z.string().regex(/^\d{1,25}$/);
const Handle = z.string().regex(/^[A-Za-z0-9_]{1,15}$/);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A topic is a suggestion intent ('outage', 'billing', …, utils/templates/suggest/intents.ts) or 'other'. */
export const TopicCode = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);
/** A place the post names: a station or a district ("강남역", "Gangnam"), as the agent's machine found it. */
export const Place = z.string().trim().min(1).max(40);

/** POST /v1/topics: the agent sets or changes the topic of a post the team answered (one click). */
export const SetTopicRequest = z.object({
  statusId: PostId,
  topic: TopicCode,
  place: Place.nullable().optional(),
  /** The brand account the agent answers as (utils/x account switcher), lower-case, no @. */
  account: Handle.optional(),
});
export const PostTopic = z.object({
  statusId: PostId,
  topic: TopicCode,
  place: z.string().nullable(),
  account: z.string().nullable(),
  agentName: z.string(),
  at: z.string(),
});
export type PostTopic = z.infer<typeof PostTopic>;

// ---- Incidents -------------------------------------------------------------------------------

export const IncidentStatus = z.enum(['open', 'resolved']);
export const Incident = z.object({
  id: z.string(),
  title: z.string(),
  /** The approved reply while it lasts ("We know about the LTE outage in Gangnam…"). */
  holdingReply: z.string(),
  /** The approved reply once fixed; set when the lead resolves it. */
  fixedReply: z.string().nullable(),
  topic: TopicCode.nullable(),
  place: z.string().nullable(),
  status: IncidentStatus,
  openedAt: z.string(),
  openedBy: z.string(),
  resolvedAt: z.string().nullable(),
  /** Posts attached; of them, posts that got the fixed reply. */
  posts: z.number().int(),
  fixed: z.number().int(),
});
export type Incident = z.infer<typeof Incident>;
export const IncidentList = z.object({ incidents: z.array(Incident) });

/** POST /v1/incidents (lead). */
export const OpenIncidentRequest = z.object({
  title: z.string().trim().min(1).max(80),
  holdingReply: z.string().trim().min(1).max(1_000),
  topic: TopicCode.optional(),
  place: Place.optional(),
});
/** POST /v1/incidents/{id}/resolve (lead): from now on every attached post is owed the fixed reply. */
export const ResolveIncidentRequest = z.object({ fixedReply: z.string().trim().min(1).max(1_000) });

/** A post attached to an incident. A post belongs to one incident at most. */
export const IncidentPost = z.object({ statusId: PostId, handle: Handle });
export type IncidentPost = z.infer<typeof IncidentPost>;
/** POST /v1/incidents/{id}/posts: one click in the panel attaches one; a lead's tool may send up to 500. */
export const AttachPostsRequest = z.object({ posts: z.array(IncidentPost).min(1).max(500) });
export const AttachPostsResponse = z.object({
  attached: z.number().int(),
  /** Already attached (to this incident or another): left as they were. */
  already: z.number().int(),
});

/**
 * POST /v1/incidents/{id}/next: the next attached post owed the fixed reply, held for this agent for
 * the team's claim minutes so that no colleague is handed the same one (null when none is left).
 * Asking again while holding one returns the same post.
 */
export const NextFixResponse = z.object({
  post: IncidentPost.extend({ url: z.string() }).nullable(),
  /** Posts still owed the fixed reply, this one included. */
  left: z.number().int(),
});
/** POST /v1/incidents/{id}/fixed: the agent sent the fixed reply to this post. 409 if a colleague did. */
export const FixedRequest = z.object({ statusId: PostId });
export const FixedResponse = z.object({ left: z.number().int() });

// ---- The call center's word back ------------------------------------------------------------

/** How far the call center got with a handoff's ticket. */
export const TicketState = z.enum(['received', 'in-progress', 'solved', 'closed']);
export type TicketState = z.infer<typeof TicketState>;

/**
 * POST /v1/tickets/status, sent by the call center (not an agent): signed like a handoff, with
 * X-Careline-Team: <team id> and X-Careline-Signature: sha256=<hex HMAC-SHA256 of the raw body with
 * the team's ticket secret>. Stored as a 'ticket-status' event of the handoff's customer, so it
 * reaches every agent's card and History through the usual sync.
 */
export const TicketStatusUpdate = z.object({
  format: z.literal('careline-ticket-status'),
  version: z.literal(1),
  /** The handoff's id (its Idempotency-Key), which the call center got with the case. */
  handoffId: z.uuid(),
  ticketId: z.string().max(200).optional(),
  status: TicketState,
  note: z.string().max(500).optional(),
  at: z.iso.datetime({ offset: true }),
});
export type TicketStatusUpdate = z.infer<typeof TicketStatusUpdate>;

// ---- The lead's report ------------------------------------------------------------------------

/** A topic jumps when a day has at least SPIKE_MIN posts and SPIKE_FACTOR times its usual level. */
export const SPIKE_FACTOR = 3;
export const SPIKE_MIN = 5;
/** The usual level: the mean of the SPIKE_BASE_DAYS days before (at least 1). */
export const SPIKE_BASE_DAYS = 7;

/** GET /v1/lead/desk?from=&to=&account= (lead): days in Korean time, both ends included, at most 92. */
export const DeskQuery = z.object({ from: Day, to: Day, account: Handle.optional() });
export const DeskReport = z.object({
  days: z.array(Day),
  repliesPerAgent: z.array(
    z.object({
      agentId: z.string(),
      agentName: z.string(),
      perDay: z.array(z.number().int()),
      total: z.number().int(),
    }),
  ),
  /** From a post (its time is in X's id) to the team's first reply to it, over posts answered in the range. */
  firstReply: z.object({
    posts: z.number().int(),
    medianMinutes: z.number().nullable(),
    p90Minutes: z.number().nullable(),
  }),
  openHandoffs: z.array(
    z.object({
      handoffId: z.string(),
      customerHandle: z.string().nullable(),
      agentName: z.string(),
      at: z.string(),
      status: TicketState.nullable(),
      note: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
  templates: z.array(z.object({ templateId: z.string(), title: z.string(), uses: z.number().int() })),
  topics: z.object({
    /** Per topic, the posts of each day of `days`. */
    perDay: z.array(z.object({ topic: TopicCode, counts: z.array(z.number().int()) })),
    perWeek: z.array(z.object({ week: z.string(), topic: TopicCode, count: z.number().int() })),
    spikes: z.array(
      z.object({
        topic: TopicCode,
        day: Day,
        count: z.number().int(),
        usual: z.number(),
        place: z.string().nullable(),
      }),
    ),
  }),
  incidents: z.array(Incident),
  /** Replies per brand account ('' for replies sent before Careline knew the account). */
  accounts: z.array(z.object({ account: z.string(), replies: z.number().int() })),
});
export type DeskReport = z.infer<typeof DeskReport>;

/** POST /v1/tickets/status answers: the event's seq, and whether this update was already stored. */
export const TicketStatusStored = z.object({ seq: z.string(), duplicate: z.boolean() });
/** GET /v1/tickets/secret (lead): whether the team has a ticket secret, never the secret itself. */
export const TicketSecretInfo = z.object({ teamId: z.string(), setAt: z.string().nullable() });
export type TicketSecretInfo = z.infer<typeof TicketSecretInfo>;
/** POST /v1/tickets/secret (lead): a new secret, shown this once; the old one stops working. */
export const TicketSecretCreated = z.object({ teamId: z.string(), secret: z.string(), setAt: z.string() });
export type TicketSecretCreated = z.infer<typeof TicketSecretCreated>;
