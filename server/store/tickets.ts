/**
 * The call center's status updates on handoffs, and the team's ticket secret they are signed with.
 * The secret is read before any team is known (the update names its team in a header), so that one
 * read runs as the owner; everything else runs through asTeam like the rest of the team's data.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import type { TicketStatusUpdate } from '../../utils/team/desk-wire';
import { lockTeamChanges } from './events';
import { iso, isoOrNull, single } from './rows';

const TEAM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The team's ticket secret, or null when the team is unknown or has none. */
export async function ticketSecretOf(db: Db, teamId: string): Promise<string | null> {
  if (!TEAM_ID.test(teamId)) return null;
  const [row] = await db.query<{ ticket_secret: string | null }>('SELECT ticket_secret FROM teams WHERE id = $1', [
    teamId,
  ]);
  return row?.ticket_secret ?? null;
}

/** Whether `signature` (`sha256=<hex>`) is the HMAC-SHA256 of `body` with `secret`, compared in constant time. */
export function signatureMatches(secret: string, body: string, signature: string): boolean {
  const hex = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim())?.[1];
  if (!hex) return false;
  const expected = createHmac('sha256', secret).update(body, 'utf8').digest();
  return timingSafeEqual(expected, Buffer.from(hex, 'hex'));
}

/** A new secret replaces the old one at once: updates signed with the old one are refused from now on. */
export async function rotateTicketSecret(tx: Queryable, teamId: string, now: Date): Promise<string> {
  const secret = `cts_${randomBytes(32).toString('base64url')}`;
  await tx.query('UPDATE teams SET ticket_secret = $2, ticket_secret_at = $3 WHERE id = $1', [teamId, secret, now]);
  return secret;
}

/** When the secret was last set (null: never), without the secret itself. */
export async function ticketSecretSetAt(tx: Queryable, teamId: string): Promise<string | null> {
  const row = single(
    await tx.query<{ at: unknown }>('SELECT ticket_secret_at AS at FROM teams WHERE id = $1', [teamId]),
  );
  return isoOrNull(row.at);
}

/**
 * The same update (handoff, state, ticket, note, time) always gets the same client id, so a call
 * center that retries, or sends an update twice, stores it once.
 */
function clientIdOf(update: TicketStatusUpdate): string {
  const key = JSON.stringify([update.handoffId, update.status, update.ticketId ?? '', update.note ?? '', update.at]);
  const hex = createHash('sha256').update(key, 'utf8').digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type StoredStatus =
  { found: false } | { found: true; seq: string; customerId: string; statusId: string | null; duplicate: boolean };

/** Stores the update as a 'ticket-status' event of the handoff's customer; not found when the team has no such handoff. */
export async function storeTicketStatus(
  tx: Queryable,
  teamId: string,
  update: TicketStatusUpdate,
  now: Date,
): Promise<StoredStatus> {
  await lockTeamChanges(tx, teamId);
  const [handoff] = await tx.query<{ customer_id: string; agent_id: string; status_id: string | null }>(
    `SELECT customer_id::text AS customer_id, agent_id::text AS agent_id, status_id FROM events
      WHERE team_id = $1 AND handoff_id = $2 AND kind = 'handoff' ORDER BY seq LIMIT 1`,
    [teamId, update.handoffId],
  );
  if (!handoff) return { found: false };
  const clientId = clientIdOf(update);
  const [seen] = await tx.query<{ seq: string }>(
    'SELECT seq::text AS seq FROM events WHERE team_id = $1 AND client_id = $2',
    [teamId, clientId],
  );
  const base = { found: true as const, customerId: handoff.customer_id, statusId: handoff.status_id };
  if (seen) return { ...base, seq: seen.seq, duplicate: true };
  const row = single(
    await tx.query<{ seq: string }>(
      `INSERT INTO events (team_id, client_id, customer_id, agent_id, kind, at, received_at, text, status_id,
                           handoff_id, ticket_status, ticket_id)
       VALUES ($1, $2, $3, $4, 'ticket-status', $5, $6, $7, $8, $9, $10, $11) RETURNING seq::text AS seq`,
      [
        teamId,
        clientId,
        handoff.customer_id,
        handoff.agent_id,
        iso(update.at),
        now,
        update.note ?? null,
        handoff.status_id,
        update.handoffId,
        update.status,
        update.ticketId ?? null,
      ],
    ),
  );
  return { ...base, seq: row.seq, duplicate: false };
}
