/**
 * The queue's marks: the posts the team answered or handed off in the last QUEUE_MARK_DAYS (reply-sent
 * and handoff events that name a status id, and the call center's ticket status of a handoff), after a cursor. Seq order is commit order within a team
 * (server/store/events.ts), so the team's newest seq is a cursor nothing older can commit under.
 */
import type { Queryable } from '../db/db';
import { QUEUE_MARK_DAYS, type QueueMark } from '../../utils/team/live-wire';
import { iso } from './rows';

export const MARKS_PAGE = 5000;

export async function queueMarksSince(tx: Queryable, teamId: string, after: string, now: Date) {
  const since = new Date(now.getTime() - QUEUE_MARK_DAYS * 24 * 60 * 60 * 1000);
  const [top] = await tx.query<{ top: string | null }>('SELECT max(seq)::text AS top FROM events WHERE team_id = $1', [
    teamId,
  ]);
  const newest = top?.top ?? '0';
  const rows = await tx.query<{
    seq: string;
    status_id: string;
    kind: string;
    at: unknown;
    agent_name: string;
    ticket_status: string | null;
  }>(
    `SELECT e.seq::text AS seq, e.status_id, e.kind, e.at, a.name AS agent_name, e.ticket_status
       FROM events e JOIN agents a ON a.id = e.agent_id
      WHERE e.team_id = $1 AND e.kind IN ('reply-sent', 'handoff', 'ticket-status') AND e.status_id ~ '^[0-9]{1,25}$'
        AND e.at >= $2 AND e.seq > $3 AND e.seq <= $4
      ORDER BY e.seq LIMIT $5`,
    [teamId, since, after, newest, MARKS_PAGE],
  );
  const full = rows.length === MARKS_PAGE;
  const cursor = full ? rows[rows.length - 1]!.seq : BigInt(newest) > BigInt(after) ? newest : after;
  const marks: QueueMark[] = rows.map((r) => ({
    postId: r.status_id,
    state: r.kind === 'reply-sent' ? 'answered' : 'handed-off',
    at: iso(r.at),
    agentName: r.agent_name,
    ...(r.ticket_status ? { ticketStatus: r.ticket_status } : {}),
  }));
  return { marks, cursor };
}
