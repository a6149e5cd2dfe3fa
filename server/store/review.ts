/**
 * The lead's monthly access review: per agent, the month's lookups, exports, erases and distinct
 * customers from the access log, with what stands out flagged (ReviewFlag in the wire format).
 * Months and days are Korean time (KST): the team works there, and a night lookup is a night in Seoul.
 */
import type { Db } from '../db/db';
import { asTeam } from '../db/team-scope';
import type { AccessReview, ReviewFlag } from '../../utils/team/wire';

export const VOLUME_FACTOR = 3;
/** Below this many lookups a month nobody is flagged for volume (3x a median of 2 is not unusual). */
export const VOLUME_FLOOR = 30;
export const DAILY_BURST = 500;
/** Lookups from 07:00 to 21:59 KST are within hours. */
export const WORK_HOURS = { from: 7, to: 22 };
const ZONE = 'Asia/Seoul';

/** The month's first instant and the next month's, in KST (no daylight saving time in Korea). */
export function monthRange(month: string): [Date, Date] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, m - 1, 1) - 9 * 60 * 60 * 1000);
  const end = new Date(Date.UTC(year, m, 1) - 9 * 60 * 60 * 1000);
  return [start, end];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Counts = {
  agent_id: string;
  agent_name: string;
  lookups: number;
  exports: number;
  erases: number;
  distinct_customers: number;
  off_hours: number;
  busiest_day: number;
};

export async function accessReview(db: Db, teamId: string, month: string): Promise<AccessReview> {
  const [from, to] = monthRange(month);
  const counts = await asTeam(db, teamId, (tx) =>
    tx.query<Counts>(
      `WITH month AS (
         SELECT agent_id, action, customer_id, at AT TIME ZONE '${ZONE}' AS local_at
           FROM access_log WHERE team_id = $1 AND at >= $2 AND at < $3),
       per_day AS (
         SELECT agent_id, max(n)::integer AS busiest_day FROM (
           SELECT agent_id, count(*) AS n FROM month WHERE action = 'lookup'
            GROUP BY agent_id, local_at::date) d
          GROUP BY agent_id)
       SELECT a.id AS agent_id, a.name AS agent_name,
              count(*) FILTER (WHERE m.action = 'lookup')::integer AS lookups,
              count(*) FILTER (WHERE m.action = 'export')::integer AS exports,
              count(*) FILTER (WHERE m.action = 'erase')::integer AS erases,
              count(DISTINCT m.customer_id)::integer AS distinct_customers,
              count(*) FILTER (WHERE m.action = 'lookup'
                AND (extract(hour FROM m.local_at) < $4 OR extract(hour FROM m.local_at) >= $5))::integer AS off_hours,
              COALESCE(max(p.busiest_day), 0)::integer AS busiest_day
         FROM month m JOIN agents a ON a.id = m.agent_id LEFT JOIN per_day p ON p.agent_id = m.agent_id
        WHERE a.team_id = $1
        GROUP BY a.id, a.name
        ORDER BY a.name, a.id`,
      [teamId, from, to, WORK_HOURS.from, WORK_HOURS.to],
    ),
  );
  const medianLookups = median(counts.filter((c) => c.lookups > 0).map((c) => c.lookups));
  return {
    month,
    medianLookups,
    rows: counts.map((c) => {
      const flags: ReviewFlag[] = [];
      if (c.lookups >= VOLUME_FLOOR && c.lookups > VOLUME_FACTOR * medianLookups) flags.push('volume');
      if (c.exports > 0) flags.push('export');
      if (c.off_hours > 0) flags.push('off-hours');
      if (c.busiest_day >= DAILY_BURST) flags.push('daily-burst');
      return {
        agentId: c.agent_id,
        agentName: c.agent_name,
        lookups: c.lookups,
        exports: c.exports,
        erases: c.erases,
        distinctCustomers: c.distinct_customers,
        flags,
        offHoursLookups: c.off_hours,
        busiestDayLookups: c.busiest_day,
      };
    }),
  };
}
