/**
 * The team's append-only events and the order they are pulled in. Every writer of events or
 * tombstones takes the team's advisory lock before drawing a seq, so within a team seq order is
 * commit order: a pull that saw seq N has seen every change of its team numbered below N.
 */
import type { Queryable } from '../db/db';
import type { AuthSession } from '../http/env';
import type { NewEvent, PushResponse, TeamEvent } from '../../utils/team/wire';
import { findCustomer, findOrCreateCustomer } from './customers';
import { erasedAfter } from './erased-keys';
import { iso, single } from './rows';
import { recordReplyTopic } from './topics';

/** Held until the transaction ends; take it before inserting into events or tombstones. */
export async function lockTeamChanges(tx: Queryable, teamId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1::uuid::text))', [teamId]);
}

const EVENT_COLUMNS = `e.seq::text AS seq, e.client_id::text AS client_id, e.customer_id::text AS customer_id, e.kind,
  e.at, e.received_at, e.agent_id::text AS agent_id, a.name AS agent_name, e.text, e.tag, e.status_id, e.handoff_id,
  e.ticket_status, e.ticket_id, e.topic, e.place, e.account, e.template_id`;

type EventRow = {
  seq: string;
  client_id: string;
  customer_id: string;
  kind: TeamEvent['kind'];
  at: unknown;
  received_at: unknown;
  agent_id: string;
  agent_name: string;
  text: string | null;
  tag: string | null;
  status_id: string | null;
  handoff_id: string | null;
  ticket_status: string | null;
  ticket_id: string | null;
  topic: string | null;
  place: string | null;
  account: string | null;
  template_id: string | null;
};

function toTeamEvent(r: EventRow): TeamEvent {
  return {
    seq: r.seq,
    clientId: r.client_id,
    customerId: r.customer_id,
    kind: r.kind,
    at: iso(r.at),
    receivedAt: iso(r.received_at),
    agentId: r.agent_id,
    agentName: r.agent_name,
    text: r.text,
    tag: r.tag,
    statusId: r.status_id,
    handoffId: r.handoff_id,
    topic: r.topic,
    place: r.place,
    account: r.account,
    templateId: r.template_id,
    ...(r.kind === 'ticket-status' ? { ticketStatus: r.ticket_status, ticketId: r.ticket_id } : {}),
  };
}

type PushResult = PushResponse['results'][number];

/** Stores the events in the order given; an event whose clientId the team already has is not stored again. */
export async function pushEvents(
  tx: Queryable,
  session: AuthSession,
  events: readonly NewEvent[],
  now: Date,
): Promise<PushResult[]> {
  await lockTeamChanges(tx, session.teamId);
  const results: PushResult[] = [];
  for (const event of events) {
    const [seen] = await tx.query<{ seq: string; customer_id: string }>(
      'SELECT seq::text AS seq, customer_id::text AS customer_id FROM events WHERE team_id = $1 AND client_id = $2',
      [session.teamId, event.clientId],
    );
    if (seen) {
      results.push({ clientId: event.clientId, seq: seen.seq, customerId: seen.customer_id, duplicate: true });
      continue;
    }
    // Written before a lead erased this customer (the agent was offline): not stored, answered as
    // erased under the tombstone's id, so the agent's next pull deletes its copy too.
    if (!(await findCustomer(tx, session.teamId, event.customer))) {
      const erasedId = await erasedAfter(tx, session.teamId, event.customer, event.at);
      if (erasedId) {
        results.push({ clientId: event.clientId, seq: '0', customerId: erasedId, duplicate: false, erased: true });
        continue;
      }
    }
    const customerId = await findOrCreateCustomer(tx, session.teamId, event.customer, now);
    const row = single(
      await tx.query<{ seq: string }>(
        `INSERT INTO events (team_id, client_id, customer_id, agent_id, kind, at, received_at, text, tag, status_id, handoff_id,
                             topic, place, account, template_id, template_title)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING seq::text AS seq`,
        [
          session.teamId,
          event.clientId,
          customerId,
          session.agentId,
          event.kind,
          event.at,
          now,
          event.text ?? null,
          event.tag ?? null,
          event.statusId ?? null,
          event.handoffId ?? null,
          event.topic ?? null,
          event.place ?? null,
          event.account?.toLowerCase() ?? null,
          event.templateId ?? null,
          event.templateTitle ?? null,
        ],
      ),
    );
    if (event.kind === 'reply-sent' && event.statusId) await recordReplyTopic(tx, session, event);
    results.push({ clientId: event.clientId, seq: row.seq, customerId, duplicate: false });
  }
  return results;
}

/** The newest `limit` events of one customer, oldest first. */
export async function customerEvents(tx: Queryable, teamId: string, customerId: string, limit: number) {
  const rows = await tx.query<EventRow>(
    `SELECT * FROM (SELECT ${EVENT_COLUMNS} FROM events e JOIN agents a ON a.id = e.agent_id
        WHERE e.team_id = $1 AND e.customer_id = $2 ORDER BY e.seq DESC LIMIT $3) newest ORDER BY seq::bigint`,
    [teamId, customerId, limit],
  );
  return rows.map(toTeamEvent);
}

/** Tags as the team's events leave them: the CRM's tags, then every add and remove in server order. */
export async function customerTags(tx: Queryable, teamId: string, customerId: string, crmTags: readonly string[]) {
  const rows = await tx.query<{ kind: string; tag: string }>(
    `SELECT kind, tag FROM events WHERE team_id = $1 AND customer_id = $2
        AND kind IN ('tag-added', 'tag-removed') AND tag IS NOT NULL ORDER BY seq`,
    [teamId, customerId],
  );
  const tags = new Set(crmTags);
  for (const r of rows) {
    if (r.kind === 'tag-added') tags.add(r.tag);
    else tags.delete(r.tag);
  }
  return [...tags];
}

export const SYNC_PAGE = 1000;

/**
 * What changed after `after` for these customers, and the cursor to ask from next. The cursor is the
 * team's newest committed seq when everything fit in one page (nothing older can commit later).
 */
export async function changesSince(tx: Queryable, teamId: string, customerIds: readonly string[], after: string) {
  const ids = customerIds.filter((id) => /^\d{1,18}$/.test(id));
  const [top] = await tx.query<{ top: string | null }>(
    `SELECT GREATEST((SELECT max(seq) FROM events WHERE team_id = $1),
                     (SELECT max(seq) FROM tombstones WHERE team_id = $1))::text AS top`,
    [teamId],
  );
  const newest = top?.top ?? '0';
  const rows = ids.length
    ? await tx.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events e JOIN agents a ON a.id = e.agent_id
          WHERE e.team_id = $1 AND e.customer_id = ANY($2::bigint[]) AND e.seq > $3 AND e.seq <= $4
          ORDER BY e.seq LIMIT $5`,
        [teamId, ids, after, newest, SYNC_PAGE],
      )
    : [];
  const erased = ids.length
    ? await tx.query<{ customer_id: string }>(
        'SELECT DISTINCT customer_id::text AS customer_id FROM tombstones WHERE team_id = $1 AND customer_id = ANY($2::bigint[])',
        [teamId, ids],
      )
    : [];
  const full = rows.length === SYNC_PAGE;
  const cursor = full ? single(rows.slice(-1)).seq : BigInt(newest) > BigInt(after) ? newest : after;
  return { events: rows.map(toTeamEvent), erased: erased.map((r) => r.customer_id), cursor };
}
