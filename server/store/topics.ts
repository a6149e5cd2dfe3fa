/**
 * What each answered post was about: one row per post. The team's first reply sets its topic, place
 * and brand account (a reply without a topic counts as 'other'); an agent changes them with one
 * click (POST /v1/topics). A topic set before any reply is taken over by the reply, which carries
 * the panel's latest choice. The post's time comes from its snowflake id.
 */
import type { Queryable } from '../db/db';
import type { AuthSession } from '../http/env';
import { postedAt } from '../../utils/x/snowflake';
import type { PostTopic } from '../../utils/team/desk-wire';
import type { NewEvent } from '../../utils/team/wire';
import { iso, single } from './rows';

/** Called for each stored reply-sent event naming a post, in the push's transaction. */
export async function recordReplyTopic(tx: Queryable, session: AuthSession, event: NewEvent): Promise<void> {
  if (!event.statusId) return;
  await tx.query(
    `INSERT INTO post_topics (team_id, status_id, topic, place, account, agent_id, set_at, posted_at, answered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7)
     ON CONFLICT (team_id, status_id) DO UPDATE SET
       topic = CASE WHEN post_topics.answered_at IS NULL AND $9 THEN EXCLUDED.topic ELSE post_topics.topic END,
       place = CASE WHEN post_topics.answered_at IS NULL THEN COALESCE(EXCLUDED.place, post_topics.place)
                    ELSE post_topics.place END,
       account = CASE WHEN post_topics.answered_at IS NULL THEN COALESCE(EXCLUDED.account, post_topics.account)
                      ELSE post_topics.account END,
       answered_at = LEAST(post_topics.answered_at, EXCLUDED.answered_at)`,
    [
      session.teamId,
      event.statusId,
      event.topic ?? 'other',
      event.place ?? null,
      event.account?.toLowerCase() ?? null,
      session.agentId,
      new Date(event.at),
      postedAt(event.statusId),
      event.topic !== undefined,
    ],
  );
}

export interface SetTopic {
  statusId: string;
  topic: string;
  /** Absent: the place stays as it is; null: the post names no place. */
  place?: string | null;
  account?: string;
}

/** Sets or changes a post's topic (and place, account when given); the row as it is now. */
export async function setPostTopic(tx: Queryable, session: AuthSession, req: SetTopic, now: Date): Promise<PostTopic> {
  await tx.query(
    `INSERT INTO post_topics (team_id, status_id, topic, place, account, agent_id, set_at, posted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (team_id, status_id) DO UPDATE SET
       topic = EXCLUDED.topic, agent_id = EXCLUDED.agent_id, set_at = EXCLUDED.set_at,
       place = CASE WHEN $9 THEN EXCLUDED.place ELSE post_topics.place END,
       account = COALESCE(EXCLUDED.account, post_topics.account)`,
    [
      session.teamId,
      req.statusId,
      req.topic,
      req.place ?? null,
      req.account?.toLowerCase() ?? null,
      session.agentId,
      now,
      postedAt(req.statusId),
      req.place !== undefined,
    ],
  );
  const row = single(
    await tx.query<{
      status_id: string;
      topic: string;
      place: string | null;
      account: string | null;
      name: string;
      set_at: unknown;
    }>(
      `SELECT t.status_id, t.topic, t.place, t.account, a.name, t.set_at
         FROM post_topics t JOIN agents a ON a.id = t.agent_id WHERE t.team_id = $1 AND t.status_id = $2`,
      [session.teamId, req.statusId],
    ),
  );
  return {
    statusId: row.status_id,
    topic: row.topic,
    place: row.place,
    account: row.account,
    agentName: row.name,
    at: iso(row.set_at),
  };
}

/** The Korean day (YYYY-MM-DD) of a timestamptz column or expression, in SQL. */
export const koreanDaySql = (column: string) =>
  `to_char((${column} AT TIME ZONE 'UTC') + interval '9 hours', 'YYYY-MM-DD')`;

/** A post counts on the Korean day it was written (its first reply's day when its id tells no time). */
export const TOPIC_DAY = koreanDaySql('COALESCE(t.posted_at, t.answered_at)');

export interface TopicDayRow {
  topic: string;
  day: string;
  posts: number;
  /** The place most of the day's posts of the topic name (null when none names one). */
  place: string | null;
}

/** Answered posts per topic and Korean day, [start, end) by the post's time, of one account or all. */
export async function topicDays(
  tx: Queryable,
  teamId: string,
  start: Date,
  end: Date,
  account: string | null,
): Promise<TopicDayRow[]> {
  return tx.query<TopicDayRow & Record<string, unknown>>(
    `SELECT t.topic, ${TOPIC_DAY} AS day, count(*)::int AS posts,
            mode() WITHIN GROUP (ORDER BY t.place) FILTER (WHERE t.place IS NOT NULL) AS place
       FROM post_topics t
      WHERE t.team_id = $1 AND t.answered_at IS NOT NULL
        AND COALESCE(t.posted_at, t.answered_at) >= $2 AND COALESCE(t.posted_at, t.answered_at) < $3
        AND ($4::text IS NULL OR t.account = $4)
      GROUP BY 1, 2`,
    [teamId, start, end, account],
  );
}
