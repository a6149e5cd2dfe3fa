/**
 * Which answers to a post the agent should hear about before sending their own: those that came
 * after the agent opened the post, for this post only, from someone other than this agent. Three
 * sources: a colleague's reply logged by Careline (the team's events), the live connection's
 * 'answered' message, and a reply by the brand's account that X shows in the thread (sent from a
 * phone or another tool). A colleague's Careline reply also shows in X's thread as the brand's: it is
 * told once, under the colleague's name. No imports beyond types: the content script uses it too.
 */
import type { BrandReply } from '@/utils/messaging/protocol';
import type { LiveServerMessage } from './live-wire';

/** A reply logged by Careline (utils/db/types.ts CustomerEventRecord, the fields that matter here). */
export interface LoggedReply {
  kind: string;
  statusId?: string;
  /** ISO-8601. */
  at: string;
  text?: string;
  clientId?: string;
  by?: { agentId: string; name: string };
}

/** The live connection's 'answered' message, without its type. */
export type LiveAnswer = Omit<Extract<LiveServerMessage, { type: 'answered' }>, 'type'>;

export interface Collision {
  /** Stable for one answer (what "Dismiss" remembers). */
  key: string;
  source: 'team' | 'live' | 'thread';
  /** Who replied: the colleague's name, or the brand account's display name (else "@handle"). */
  name: string;
  /** ISO-8601. */
  at: string;
  text: string;
}

export interface CollisionInput {
  statusId: string;
  /** ISO-8601: when the agent opened the post. */
  openedAt: string;
  /**
   * This agent's id in the team; undefined when solo or not known yet: then only the thread counts
   * (without it, this agent's own logged replies could not be told from a colleague's).
   */
  me?: string;
  logged: readonly LoggedReply[];
  live: readonly LiveAnswer[];
  thread: readonly BrandReply[];
}

const time = (iso: string): number => Date.parse(iso);

/** At or after the opening; an unreadable time never counts (it cannot be placed after anything). */
function sinceOpened(at: string | undefined, openedAt: string): boolean {
  if (at === undefined) return false;
  const t = time(at);
  return !Number.isNaN(t) && t >= time(openedAt);
}

/**
 * A reply's text as compared across sources: what X shows differs from what was sent in leading
 * "@mentions", links (X shortens and cuts them) and whitespace.
 */
export function comparableText(text: string): string {
  return text
    .replace(/^(?:\s*@[A-Za-z0-9_]{1,15})+/, '')
    .replace(/\S*(?:https?:\/\/|www\.|[a-z0-9-]\.[a-z]{2,}\/)\S*/gi, '')
    .replace(/\S*…/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two texts are the same reply, as far as the page lets one tell. */
export function sameReplyText(a: string, b: string): boolean {
  const x = comparableText(a);
  return x !== '' && x === comparableText(b);
}

/** The answers to warn about, newest first. */
export function collisionsFor(input: CollisionInput): Collision[] {
  const { statusId, openedAt, me } = input;
  const byColleague = (agentId: string) => me !== undefined && agentId !== me;
  const out: Collision[] = [];
  for (const e of input.logged) {
    if (e.kind !== 'reply-sent' || e.statusId !== statusId || !e.by || !byColleague(e.by.agentId)) continue;
    if (!sinceOpened(e.at, openedAt)) continue;
    out.push({ key: `team:${e.clientId ?? e.at}`, source: 'team', name: e.by.name, at: e.at, text: e.text ?? '' });
  }
  for (const m of input.live) {
    if (m.postId !== statusId || m.state !== 'answered' || !byColleague(m.agentId)) continue;
    if (!sinceOpened(m.at, openedAt)) continue;
    // The same reply once pulled into the team's events: the same agent at the same moment.
    if (out.some((c) => c.source === 'team' && c.name === m.agentName && time(c.at) === time(m.at))) continue;
    out.push({ key: `live:${m.agentId}:${m.at}`, source: 'live', name: m.agentName, at: m.at, text: m.text ?? '' });
  }
  const told = out.map((c) => c.text);
  for (const r of input.thread) {
    if (r.sentHere || !sinceOpened(r.at, openedAt) || r.at === undefined) continue;
    if (told.some((text) => sameReplyText(text, r.text))) continue;
    out.push({ key: `thread:${r.statusId}`, source: 'thread', name: r.name ?? `@${r.handle}`, at: r.at, text: r.text });
  }
  return out.sort((a, b) => time(b.at) - time(a.at));
}
