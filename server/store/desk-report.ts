/**
 * The lead's report over Korean days [from, to]: replies per agent per day, minutes from a post
 * (its time is in its snowflake id) to the team's first reply, open handoffs with the call center's
 * latest word, templates used, topics per day and week with their spikes, incidents, and replies
 * per brand account. With an account, replies, first replies, handoffs, templates and topics are
 * that account's only. One transaction, so every figure is of the same moment.
 */
import type { Db, Queryable } from '../db/db';
import { asTeam } from '../db/team-scope';
import { postedAt } from '../../utils/x/snowflake';
import { SPIKE_BASE_DAYS, TicketState, type DeskReport } from '../../utils/team/desk-wire';
import { topicSpikes } from '../../utils/team/topic-spikes';
import { addDays, daysBetween, koreanDayStart, medianAndP90, weekOf } from './desk-figures';
import { incidentsDuring } from './incidents';
import { iso, isoOrNull } from './rows';
import { koreanDaySql, topicDays } from './topics';

export const OPEN_HANDOFFS_MAX = 500;
const REPLY = `e.team_id = $1 AND e.kind = 'reply-sent' AND e.at >= $2 AND e.at < $3 AND ($4::text IS NULL OR e.account = $4)`;

export async function deskReport(
  db: Db,
  teamId: string,
  from: string,
  to: string,
  account: string | null,
): Promise<DeskReport> {
  const days = daysBetween(from, to);
  const start = koreanDayStart(from);
  const end = koreanDayStart(addDays(to, 1));
  const range = [teamId, start, end, account];
  return asTeam(db, teamId, async (tx) => ({
    days,
    repliesPerAgent: await repliesPerAgent(tx, range, days),
    firstReply: await firstReply(tx, range),
    openHandoffs: await openHandoffs(tx, range),
    templates: await tx.query<{ templateId: string; title: string; uses: number }>(
      `SELECT e.template_id AS "templateId",
              COALESCE((array_agg(e.template_title ORDER BY e.at DESC) FILTER (WHERE e.template_title IS NOT NULL))[1],
                       e.template_id) AS title,
              count(*)::int AS uses
         FROM events e WHERE ${REPLY} AND e.template_id IS NOT NULL
        GROUP BY e.template_id ORDER BY uses DESC, e.template_id`,
      range,
    ),
    topics: await topics(tx, teamId, from, days, end, account),
    incidents: await incidentsDuring(tx, teamId, start, end),
    accounts: await tx.query<{ account: string; replies: number }>(
      `SELECT COALESCE(e.account, '') AS account, count(*)::int AS replies FROM events e WHERE ${REPLY}
        GROUP BY 1 ORDER BY replies DESC, account`,
      range,
    ),
  }));
}

async function repliesPerAgent(
  tx: Queryable,
  range: unknown[],
  days: string[],
): Promise<DeskReport['repliesPerAgent']> {
  const counts = await tx.query<{ agent_id: string; day: string; n: number }>(
    `SELECT e.agent_id::text AS agent_id, ${koreanDaySql('e.at')} AS day, count(*)::int AS n
       FROM events e WHERE ${REPLY} GROUP BY 1, 2`,
    range,
  );
  // Every agent who replied, and every active agent (a row of zeros is worth the lead's look too).
  const agents = await tx.query<{ id: string; name: string }>(
    `SELECT id::text AS id, name FROM agents
      WHERE team_id = $1 AND ((role = 'agent' AND revoked_at IS NULL AND joined_at IS NOT NULL) OR id = ANY($2::uuid[]))`,
    [range[0], [...new Set(counts.map((c) => c.agent_id))]],
  );
  const index = new Map(days.map((d, i) => [d, i]));
  const rows = agents.map((a) => {
    const perDay = days.map(() => 0);
    for (const c of counts) {
      const i = index.get(c.day);
      if (c.agent_id === a.id && i !== undefined) perDay[i] = (perDay[i] ?? 0) + c.n;
    }
    return { agentId: a.id, agentName: a.name, perDay, total: perDay.reduce((s, n) => s + n, 0) };
  });
  return rows.sort((a, b) => b.total - a.total || a.agentName.localeCompare(b.agentName));
}

/** Posts whose first reply from the team (of the account, when given) falls in the range. */
async function firstReply(tx: Queryable, range: unknown[]): Promise<DeskReport['firstReply']> {
  const rows = await tx.query<{ status_id: string; first: unknown }>(
    `SELECT e.status_id, min(e.at) AS first FROM events e
      WHERE ${REPLY} AND e.status_id ~ '^[0-9]{1,25}$'
        AND NOT EXISTS (SELECT 1 FROM events p WHERE p.team_id = e.team_id AND p.status_id = e.status_id
                          AND p.kind = 'reply-sent' AND p.at < $2 AND ($4::text IS NULL OR p.account = $4))
      GROUP BY e.status_id`,
    range,
  );
  const minutes: number[] = [];
  for (const r of rows) {
    const posted = postedAt(r.status_id);
    if (!posted) continue;
    // An agent's clock a little ahead of X's makes a reply seem older than its post: no wait, not less.
    minutes.push(Math.max(0, (new Date(iso(r.first)).getTime() - posted.getTime()) / 60_000));
  }
  const { median, p90 } = medianAndP90(minutes);
  return { posts: minutes.length, medianMinutes: median, p90Minutes: p90 };
}

/**
 * Handoffs made in the range whose ticket the call center has not called solved or closed. The
 * call center's word arrives as 'ticket-status' events with the handoff's id; their state column
 * is read from the row as JSON, so the report works whether or not that column exists yet.
 */
async function openHandoffs(tx: Queryable, range: unknown[]): Promise<DeskReport['openHandoffs']> {
  const rows = await tx.query<{
    handoff_id: string;
    handle: string | null;
    agent_name: string;
    at: unknown;
    status: string | null;
    note: string | null;
    updated_at: unknown;
  }>(
    `SELECT e.handoff_id, COALESCE(c.display_handle, c.handle) AS handle, a.name AS agent_name, e.at,
            s.status, s.note, s.at AS updated_at
       FROM events e JOIN agents a ON a.id = e.agent_id JOIN customers c ON c.id = e.customer_id
       LEFT JOIN LATERAL (
         SELECT to_jsonb(t) ->> 'ticket_status' AS status, t.text AS note, t.at FROM events t
          WHERE t.team_id = e.team_id AND t.handoff_id = e.handoff_id AND t.kind = 'ticket-status'
          ORDER BY t.seq DESC LIMIT 1) s ON true
      WHERE e.team_id = $1 AND e.kind = 'handoff' AND e.handoff_id IS NOT NULL AND e.at >= $2 AND e.at < $3
        AND ($4::text IS NULL OR e.account = $4) AND (s.status IS NULL OR s.status NOT IN ('solved', 'closed'))
      ORDER BY e.at DESC LIMIT ${OPEN_HANDOFFS_MAX}`,
    range,
  );
  return rows.map((r) => {
    const status = TicketState.safeParse(r.status);
    return {
      handoffId: r.handoff_id,
      customerHandle: r.handle,
      agentName: r.agent_name,
      at: iso(r.at),
      status: status.success ? status.data : null,
      note: status.success ? r.note : null,
      updatedAt: status.success ? isoOrNull(r.updated_at) : null,
    };
  });
}

async function topics(
  tx: Queryable,
  teamId: string,
  from: string,
  days: string[],
  end: Date,
  account: string | null,
): Promise<DeskReport['topics']> {
  // The spike rule compares each day with the SPIKE_BASE_DAYS days before it: read those too.
  const all = daysBetween(addDays(from, -SPIKE_BASE_DAYS), days[days.length - 1]!);
  const rows = await topicDays(tx, teamId, koreanDayStart(all[0]!), end, account);
  const index = new Map(all.map((d, i) => [d, i]));
  const series = new Map<string, number[]>();
  const places = new Map<string, string | null>();
  for (const r of rows) {
    const i = index.get(r.day);
    if (i === undefined) continue;
    const counts = series.get(r.topic) ?? all.map(() => 0);
    counts[i] = r.posts;
    series.set(r.topic, counts);
    places.set(`${r.topic} ${r.day}`, r.place);
  }
  const first = SPIKE_BASE_DAYS;
  const perDay = [...series]
    .map(([topic, counts]) => ({ topic, counts: counts.slice(first) }))
    .filter((t) => t.counts.some((n) => n > 0))
    .sort((a, b) => sum(b.counts) - sum(a.counts) || a.topic.localeCompare(b.topic));
  const weeks = new Map<string, number>();
  for (const t of perDay) {
    t.counts.forEach((n, i) => {
      const key = `${weekOf(days[i]!)} ${t.topic}`;
      if (n) weeks.set(key, (weeks.get(key) ?? 0) + n);
    });
  }
  const perWeek = [...weeks]
    .map(([key, count]) => ({ week: key.slice(0, 10), topic: key.slice(11), count }))
    .sort((a, b) => a.week.localeCompare(b.week) || b.count - a.count || a.topic.localeCompare(b.topic));
  const spikes = [...series].flatMap(([topic, counts]) =>
    topicSpikes(counts, first).map((s) => {
      const day = all[s.index]!;
      return { topic, day, count: s.count, usual: s.usual, place: places.get(`${topic} ${day}`) ?? null };
    }),
  );
  spikes.sort((a, b) => a.day.localeCompare(b.day) || b.count - a.count);
  return { perDay, perWeek, spikes };
}

const sum = (ns: readonly number[]) => ns.reduce((s, n) => s + n, 0);
