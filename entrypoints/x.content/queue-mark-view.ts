/**
 * What one post's queue mark says, from the post (id, time, author), the team's mark for it and the
 * clock. Pure: the content script draws it (queue-marks.ts), the tests check it. No names: a mark
 * says what happened and how long it took, never who.
 */
import { QUEUE_MARK_DAYS, type QueueMarkEntry } from '@/utils/team/queue-marks-types';
import type { QueueSummary } from '@/utils/messaging/protocol';
import type { ListTweet } from '@/utils/x/list-tweet';

export type MarkState = 'answered' | 'handed-off' | 'claimed' | 'waiting';

export interface MarkView {
  state: MarkState;
  /** Minutes it took to answer, or has waited; null when unknown. */
  minutes: number | null;
  /** Waiting longer than the team's response-time target. */
  past: boolean;
  /** Handed off: the call center's latest state of the ticket, when it sent one. */
  ticket?: string;
}

const MIN = 60_000;
const LOOK_BACK_MS = QUEUE_MARK_DAYS * 24 * 60 * MIN;

/**
 * The mark of a post, or null for none: the agent's own account's posts, posts older than the
 * queue looks back (their answers are not known any more), and posts without a time.
 */
export function markView(
  tweet: ListTweet,
  entry: QueueMarkEntry | undefined,
  now: number,
  targetMinutes: number,
  account: string | undefined,
): MarkView | null {
  if (entry?.state === 'answered') {
    const minutes = tweet.postedAt === null ? null : Math.max(0, Math.round((entry.at - tweet.postedAt) / MIN));
    return { state: 'answered', minutes, past: false };
  }
  if (entry?.state === 'handed-off' && entry.ticket) {
    return { state: 'handed-off', minutes: null, past: false, ticket: entry.ticket };
  }
  if (entry) return { state: entry.state, minutes: null, past: false };
  if (account && tweet.author === account.toLowerCase()) return null;
  if (tweet.postedAt === null) return null;
  const age = Math.max(0, now - tweet.postedAt);
  if (age > LOOK_BACK_MS) return null;
  const minutes = Math.floor(age / MIN);
  return { state: 'waiting', minutes, past: minutes >= targetMinutes };
}

export type Duration = { unit: 'minutes' | 'hours' | 'days'; n: number };

/** "23 min" under an hour, "5 hr" under a day, then days. */
export function durationOf(minutes: number): Duration {
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  if (minutes < 24 * 60) return { unit: 'hours', n: Math.floor(minutes / 60) };
  return { unit: 'days', n: Math.floor(minutes / (24 * 60)) };
}

/** The panel's counts from the marks on the page, one a post. */
export function countMarks(views: Iterable<MarkView>, targetMinutes: number): QueueSummary {
  const summary = { waiting: 0, pastTarget: 0, claimed: 0, answered: 0, targetMinutes };
  for (const view of views) {
    if (view.state === 'waiting') summary.waiting++;
    if (view.past) summary.pastTarget++;
    if (view.state === 'claimed') summary.claimed++;
    if (view.state === 'answered' || view.state === 'handed-off') summary.answered++;
  }
  return summary;
}
