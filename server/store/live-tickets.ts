/**
 * One-time tickets that open a live connection. A WebSocket from a browser cannot carry the bearer
 * token in a header, and a token in the URL would land in proxies' logs; so the background trades
 * its token for a ticket (60 s, one use, stored as its SHA-256) that the panel sends in its first
 * message.
 */
import { randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { hashSecret } from '../auth/tokens';
import { iso } from './rows';

export const TICKET_TTL_MS = 60_000;

export async function createLiveTicket(tx: Queryable, teamId: string, agentId: string, now: Date) {
  const ticket = `cll_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now.getTime() + TICKET_TTL_MS);
  await tx.query('DELETE FROM live_tickets WHERE team_id = $1 AND expires_at < $2', [teamId, now]);
  await tx.query('INSERT INTO live_tickets (ticket_hash, team_id, agent_id, expires_at) VALUES ($1, $2, $3, $4)', [
    hashSecret(ticket),
    teamId,
    agentId,
    expiresAt,
  ]);
  return { ticket, expiresAt: iso(expiresAt) };
}

export interface TicketHolder {
  teamId: string;
  agentId: string;
  agentName: string;
}

/**
 * Spends a ticket: gone after this call whether it was good or not. Runs as the owner (the team is
 * not known before the ticket names it). Null when unknown, spent, expired or its agent revoked.
 */
export async function spendLiveTicket(db: Db, ticket: string, now: Date): Promise<TicketHolder | null> {
  const [row] = await db.query<{ team_id: string; agent_id: string; expires_at: unknown }>(
    'DELETE FROM live_tickets WHERE ticket_hash = $1 RETURNING team_id::text, agent_id::text, expires_at',
    [hashSecret(ticket)],
  );
  if (!row || new Date(iso(row.expires_at)).getTime() <= now.getTime()) return null;
  const [agent] = await db.query<{ name: string; revoked_at: unknown }>(
    'SELECT name, revoked_at FROM agents WHERE id = $1 AND team_id = $2',
    [row.agent_id, row.team_id],
  );
  if (!agent || agent.revoked_at) return null;
  return { teamId: row.team_id, agentId: row.agent_id, agentName: agent.name };
}
