/**
 * A topic's answered posts as CSV, for the product or network team: which post (its id and a link),
 * when it was written and first answered (Korean time), its topic, place and brand account, and
 * who set the topic. No customer's name or text. The export is written to the access log.
 */
import type { Db } from '../db/db';
import { asTeam } from '../db/team-scope';
import type { AuthSession } from '../http/env';
import { csvRow } from '../../utils/customers/export';
import { logAccess } from './access-log';
import { addDays, koreanDayStart } from './desk-figures';

const BOM = '\uFEFF';
export const TOPIC_EXPORT_COLUMNS = [
  'status_id',
  'url',
  'posted_kst',
  'answered_kst',
  'topic',
  'place',
  'account',
  'topic_set_by',
] as const;

const kstMinute = (column: string) =>
  `to_char((${column} AT TIME ZONE 'UTC') + interval '9 hours', 'YYYY-MM-DD HH24:MI')`;

export interface TopicExportQuery {
  /** Absent: every topic. */
  topic?: string;
  from: string;
  to: string;
}

export async function exportTopicPosts(
  db: Db,
  session: AuthSession,
  query: TopicExportQuery,
): Promise<{ csv: string; rows: number }> {
  return asTeam(db, session.teamId, async (tx) => {
    const rows = await tx.query<Record<string, string | null>>(
      `SELECT t.status_id, ${kstMinute('t.posted_at')} AS posted, ${kstMinute('t.answered_at')} AS answered,
              t.topic, t.place, t.account, a.name AS agent_name
         FROM post_topics t JOIN agents a ON a.id = t.agent_id
        WHERE t.team_id = $1 AND t.answered_at IS NOT NULL AND ($2::text IS NULL OR t.topic = $2)
          AND COALESCE(t.posted_at, t.answered_at) >= $3 AND COALESCE(t.posted_at, t.answered_at) < $4
        ORDER BY COALESCE(t.posted_at, t.answered_at), t.status_id`,
      [session.teamId, query.topic ?? null, koreanDayStart(query.from), koreanDayStart(addDays(query.to, 1))],
    );
    const parts = [BOM, csvRow(TOPIC_EXPORT_COLUMNS)];
    for (const r of rows) {
      parts.push(
        csvRow([
          r.status_id,
          `https://x.com/i/web/status/${r.status_id}`,
          r.posted,
          r.answered,
          r.topic,
          r.place,
          r.account,
          r.agent_name,
        ]),
      );
    }
    const what = `topic ${query.topic ?? 'all'} ${query.from}..${query.to}: ${rows.length}`;
    await logAccess(tx, session, 'export', null, what);
    return { csv: parts.join(''), rows: rows.length };
  });
}
