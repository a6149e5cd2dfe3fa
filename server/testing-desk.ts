/**
 * Seeds a team's desk for tests (vitest and Playwright), THROUGH THE API as agents and the lead
 * would: agents joined with invite codes, replies pushed as reply-sent events (with when, topic,
 * place, brand account and template), handoffs, incidents opened, posts attached and incidents
 * resolved. Post ids are snowflakes of the post's time, so the report's "minutes from a post to the
 * first reply" is known from the seed.
 */
import { randomUUID } from 'node:crypto';
import type { TestServer } from './testing';
import { snowflakeAt } from '../utils/x/snowflake';
import { AttachPostsResponse, Incident, IncidentList, type IncidentPost } from '../utils/team/desk-wire';
import { PushResponse, type NewEvent } from '../utils/team/wire';

/** What seeding needs of a server: its API (TestServer has it; createTeam/invite/join for seedAgents). */
type Api = Pick<TestServer, 'api'>;

export interface SeededAgent {
  name: string;
  agentId: string;
  token: string;
}

/** A moment in Korean time (UTC+9, no daylight saving): kst('2026-12-01', '09:30'). */
export function kst(day: string, time = '12:00'): Date {
  return new Date(`${day}T${time}:00+09:00`);
}

/** Agents (or leads) of the team, joined over HTTP with one-time invite codes. */
export async function seedAgents(
  server: Pick<TestServer, 'invite' | 'join'>,
  teamId: string,
  names: readonly string[],
  role: 'agent' | 'lead' = 'agent',
): Promise<SeededAgent[]> {
  const agents: SeededAgent[] = [];
  for (const name of names) {
    const joined = await server.join(await server.invite(teamId, name, role));
    agents.push({ name, agentId: joined.agent.id, token: joined.token });
  }
  return agents;
}

export interface SeedReply {
  agent: SeededAgent;
  /** When the reply was sent. */
  at: Date | string;
  /** The post was written this many minutes before the reply (default 10); its id says so. */
  waitedMinutes?: number;
  /** The post's id; by default a snowflake of the post's time (unique within the seed). */
  statusId?: string;
  /** The customer who wrote the post (default `customer_<n>`). */
  handle?: string;
  topic?: string;
  place?: string;
  account?: string;
  templateId?: string;
  templateTitle?: string;
  text?: string;
}

let sequence = 0;
/** A snowflake for a post written at `at`, never the same twice in this process. */
export function seedPostId(at: Date): string {
  sequence = (sequence + 1) % (1 << 22);
  return snowflakeAt(at, sequence);
}

/** Pushes each reply as its agent's reply-sent event; returns the post id of each, in order. */
export async function seedReplies(server: Api, replies: readonly SeedReply[]): Promise<string[]> {
  const ids: string[] = [];
  const byAgent = new Map<string, NewEvent[]>();
  replies.forEach((reply, i) => {
    const at = new Date(reply.at);
    const statusId = reply.statusId ?? seedPostId(new Date(at.getTime() - (reply.waitedMinutes ?? 10) * 60_000));
    ids.push(statusId);
    const event: NewEvent = {
      clientId: randomUUID(),
      customer: { handle: reply.handle ?? `customer_${i + 1}` },
      kind: 'reply-sent',
      at: at.toISOString(),
      text: reply.text ?? 'Thank you for telling us.',
      statusId,
      ...(reply.topic ? { topic: reply.topic } : {}),
      ...(reply.place ? { place: reply.place } : {}),
      ...(reply.account ? { account: reply.account } : {}),
      ...(reply.templateId ? { templateId: reply.templateId } : {}),
      ...(reply.templateTitle ? { templateTitle: reply.templateTitle } : {}),
    };
    const list = byAgent.get(reply.agent.token) ?? [];
    list.push(event);
    byAgent.set(reply.agent.token, list);
  });
  for (const [token, events] of byAgent) await pushAll(server, token, events);
  return ids;
}

export interface SeedHandoff {
  agent: SeededAgent;
  at: Date | string;
  handle: string;
  statusId?: string;
  /** The handoff's id (its Idempotency-Key); a fresh UUID by default. */
  handoffId?: string;
  account?: string;
  text?: string;
}

/** Pushes each handoff event; returns the handoff ids, in order. */
export async function seedHandoffs(server: Api, handoffs: readonly SeedHandoff[]): Promise<string[]> {
  const ids: string[] = [];
  for (const h of handoffs) {
    const handoffId = h.handoffId ?? randomUUID();
    ids.push(handoffId);
    const event: NewEvent = {
      clientId: randomUUID(),
      customer: { handle: h.handle },
      kind: 'handoff',
      at: new Date(h.at).toISOString(),
      text: h.text ?? 'Handed to the call center.',
      handoffId,
      ...(h.statusId ? { statusId: h.statusId } : {}),
      ...(h.account ? { account: h.account } : {}),
    };
    await pushAll(server, h.agent.token, [event]);
  }
  return ids;
}

export interface SeedIncident {
  title: string;
  holdingReply: string;
  topic?: string;
  place?: string;
  /** Posts to attach: given, or a number of new posts by `complainant_<n>` (ids made from now). */
  posts?: readonly IncidentPost[] | number;
  /** Resolve it with this fixed reply once the posts are attached. */
  fixedReply?: string;
}

/** Opens an incident as the lead, attaches its posts and resolves it when asked; the incident as it ends. */
export async function seedIncident(
  server: Api,
  leadToken: string,
  seed: SeedIncident,
): Promise<{ incident: Incident; posts: IncidentPost[] }> {
  const { title, holdingReply, topic, place } = seed;
  const opened = Incident.parse(
    await ok(server.api('/incidents', { token: leadToken, body: { title, holdingReply, topic, place } })),
  );
  const posts =
    typeof seed.posts === 'number'
      ? Array.from({ length: seed.posts }, (_, i) => ({
          statusId: seedPostId(new Date()),
          handle: `complainant_${i + 1}`,
        }))
      : [...(seed.posts ?? [])];
  for (let i = 0; i < posts.length; i += 500) {
    const body = { posts: posts.slice(i, i + 500) };
    AttachPostsResponse.parse(await ok(server.api(`/incidents/${opened.id}/posts`, { token: leadToken, body })));
  }
  if (seed.fixedReply) {
    const body = { fixedReply: seed.fixedReply };
    await ok(server.api(`/incidents/${opened.id}/resolve`, { token: leadToken, body }));
  }
  const { incidents } = IncidentList.parse(await ok(server.api('/incidents', { token: leadToken })));
  const incident = incidents.find((i) => i.id === opened.id);
  if (!incident) throw new Error('seeding: the incident just opened is not listed');
  return { incident, posts };
}

async function pushAll(server: Api, token: string, events: readonly NewEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const pushed = PushResponse.parse(
      await ok(server.api('/events', { token, body: { events: events.slice(i, i + 500) } })),
    );
    if (pushed.results.some((r) => r.erased)) throw new Error('a seeded event was refused as erased');
  }
}

async function ok(response: Promise<Response>): Promise<unknown> {
  const r = await response;
  const body: unknown = await r.json();
  if (r.status !== 200) throw new Error(`seeding: the team server answered ${r.status}: ${JSON.stringify(body)}`);
  return body;
}
