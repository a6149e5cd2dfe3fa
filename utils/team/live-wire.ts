/**
 * The live team's wire format: the queue's marks, claims, and the live connection (presence,
 * answers and claims as they happen). Shared by the server, which validates what it receives with
 * it, and the extension, which validates what it is sent. Presence names a post or customer only by
 * a salted hash (presenceSubject), so the server matches viewers without learning whom they view.
 */
import { z } from 'zod';

const PostId = z.string().regex(/^\d{1,25}$/);
const Hash = z.string().regex(/^[0-9a-f]{32}$/);

// Defined with the content script's types, which must not pull zod into x.com's tab.
export { QUEUE_MARK_DAYS } from './queue-marks-types';
/** Longest text of an answer sent over the live connection (the collision alert shows an excerpt). */
export const LIVE_TEXT_MAX = 500;

/** A post the team answered or handed off (from the team's reply-sent and handoff events). */
export const QueueMark = z.object({
  postId: PostId,
  state: z.enum(['answered', 'handed-off']),
  at: z.string(),
  agentName: z.string(),
  /** A call center's status update on the post's handoff ('in-progress', 'solved', …; desk-wire TicketState). */
  ticketStatus: z.string().optional(),
});
export type QueueMark = z.infer<typeof QueueMark>;

/** An agent holds a post (or a customer) so that no colleague answers it, until `until`. */
export const Claim = z.object({
  postId: PostId.nullable(),
  customerId: z.string().nullable(),
  agentId: z.string(),
  agentName: z.string(),
  until: z.string(),
});
export type Claim = z.infer<typeof Claim>;

/** POST /v1/queue/marks: marks made after `after` (a seq; '0' for all of the last QUEUE_MARK_DAYS). */
export const QueueMarksRequest = z.object({ after: z.string().regex(/^\d+$/) });
export const QueueMarksResponse = z.object({
  marks: z.array(QueueMark),
  /** Every claim still running (a small set: sent whole each time). */
  claims: z.array(Claim),
  cursor: z.string(),
  /** The lead's response-time target: waiting posts past it are highlighted. */
  targetMinutes: z.number().int(),
  /** The server's clock, so ages are not skewed by the agent's. */
  now: z.string(),
});
export type QueueMarksResponse = z.infer<typeof QueueMarksResponse>;

/** POST /v1/claims (take) and /v1/claims/release: one of the two. */
export const ClaimRequest = z
  .object({ postId: PostId.optional(), customerId: z.string().min(1).max(100).optional() })
  .refine((r) => (r.postId ? 1 : 0) + (r.customerId ? 1 : 0) === 1, { message: 'postId or customerId, one of them' });
export type ClaimRequest = z.infer<typeof ClaimRequest>;
/** 200 with the claim (taken or extended); 409 `{error: 'claimed', message, claim}` when a colleague holds it. */
export const ClaimResponse = z.object({ claim: Claim });
export const ClaimConflict = z.object({ error: z.literal('claimed'), message: z.string(), claim: Claim });
export const ReleaseResponse = z.object({ released: z.boolean() });

/** POST /v1/live/ticket: a one-time ticket (60 s) that opens one live connection. */
export const LiveTicketResponse = z.object({ ticket: z.string(), expiresAt: z.string() });
export const LIVE_PATH = '/v1/live';

export const PresenceState = z.enum(['viewing', 'replying']);
export type PresenceState = z.infer<typeof PresenceState>;

/** What the panel sends on the live connection. */
export const LiveClientMessage = z.discriminatedUnion('type', [
  /** First message, within 10 s of opening, or the server closes with 4401. */
  z.object({ type: z.literal('hello'), ticket: z.string().min(16).max(200) }),
  /** Replaces this connection's presence; no subjects = present nowhere. Sent on change only. */
  z.object({ type: z.literal('presence'), subjects: z.array(Hash).max(4), state: PresenceState }),
  z.object({ type: z.literal('ping') }),
]);
export type LiveClientMessage = z.infer<typeof LiveClientMessage>;

export const PresencePerson = z.object({ agentId: z.string(), name: z.string(), state: PresenceState });
export type PresencePerson = z.infer<typeof PresencePerson>;

/** What the server sends on the live connection. */
export const LiveServerMessage = z.discriminatedUnion('type', [
  /** The team's id salts presenceSubject. */
  z.object({ type: z.literal('welcome'), agentId: z.string(), teamId: z.string() }),
  /** Everyone else (other agents, never this agent) present on a subject this connection is on. */
  z.object({ type: z.literal('presence'), subject: Hash, people: z.array(PresencePerson) }),
  /** A reply or handoff with a post id was stored: to the whole team (queue marks, collision alert). */
  z.object({
    type: z.literal('answered'),
    postId: PostId,
    state: z.enum(['answered', 'handed-off']),
    agentId: z.string(),
    agentName: z.string(),
    at: z.string(),
    /** At most LIVE_TEXT_MAX characters of the reply. */
    text: z.string().nullable(),
  }),
  z.object({ type: z.literal('claim'), claim: Claim }),
  z.object({ type: z.literal('claim-released'), postId: PostId.nullable(), customerId: z.string().nullable() }),
  z.object({ type: z.literal('pong') }),
  /** An incident opened or resolved, or one of its posts got the fixed reply: panels ask for it again. */
  z.object({ type: z.literal('incident'), id: z.string() }),
  /** The lead revoked this agent: the server closes with 4403 right after. */
  z.object({ type: z.literal('revoked') }),
]);
export type LiveServerMessage = z.infer<typeof LiveServerMessage>;

/** Close codes of the live connection. */
export const LIVE_CLOSE = { badTicket: 4401, revoked: 4403, badMessage: 4400 } as const;

/**
 * The presence subject of a post or a customer: SHA-256 of team, kind and id, 32 hex characters.
 * A customer is named by X's user id when known, else the lower-cased handle.
 */
export async function presenceSubject(teamId: string, kind: 'post' | 'customer', id: string): Promise<string> {
  const bytes = new TextEncoder().encode(`careline-presence\n${teamId}\n${kind}\n${id.toLowerCase()}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
