/**
 * Agents, their invites and their tokens. An invite creates the agent (name and role chosen by the
 * lead); joining spends the invite once and hands out the agent's bearer token. Codes and tokens are
 * stored only as hashes.
 */
import type { Db, Queryable } from '../db/db';
import { hashSecret, newSecret } from '../auth/tokens';
import type { Role } from '../../utils/team/wire';
import { isoOrNull, single } from './rows';

export const INVITE_DAYS = 7;

export interface Invite {
  agentId: string;
  code: string;
  expiresAt: string;
}

export async function createInvite(
  tx: Queryable,
  teamId: string,
  who: { name: string; role: Role },
  now: Date,
): Promise<Invite> {
  const agent = single(
    await tx.query<{ id: string }>('INSERT INTO agents (team_id, name, role) VALUES ($1, $2, $3) RETURNING id', [
      teamId,
      who.name,
      who.role,
    ]),
  );
  const code = newSecret('cli');
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3600_000);
  await tx.query('INSERT INTO invites (code_hash, team_id, agent_id, expires_at) VALUES ($1, $2, $3, $4)', [
    hashSecret(code),
    teamId,
    agent.id,
    expiresAt,
  ]);
  return { agentId: agent.id, code, expiresAt: expiresAt.toISOString() };
}

/** Which team an invite code belongs to: asked as the owner, since no team is known before joining. */
export async function inviteTeam(db: Db, code: string): Promise<string | null> {
  const rows = await db.query<{ team_id: string }>('SELECT team_id FROM invites WHERE code_hash = $1', [
    hashSecret(code),
  ]);
  return rows[0]?.team_id ?? null;
}

/**
 * Spends the invite (once: the UPDATE … WHERE used_at IS NULL is the race's referee) and issues the
 * agent's token. Null when the code is used, expired, or its agent was revoked meanwhile.
 */
export async function redeemInvite(
  tx: Queryable,
  teamId: string,
  code: string,
  now: Date,
): Promise<{ agentId: string; token: string } | null> {
  const [invite] = await tx.query<{ agent_id: string }>(
    `UPDATE invites SET used_at = $2
      WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
        AND agent_id IN (SELECT id FROM agents WHERE revoked_at IS NULL)
      RETURNING agent_id`,
    [hashSecret(code), now],
  );
  if (!invite) return null;
  await tx.query('UPDATE agents SET joined_at = COALESCE(joined_at, $2) WHERE id = $1', [invite.agent_id, now]);
  const token = await issueToken(tx, teamId, invite.agent_id, now);
  return { agentId: invite.agent_id, token };
}

export async function issueToken(tx: Queryable, teamId: string, agentId: string, now: Date): Promise<string> {
  const token = newSecret('clt');
  await tx.query('INSERT INTO tokens (token_hash, team_id, agent_id, created_at) VALUES ($1, $2, $3, $4)', [
    hashSecret(token),
    teamId,
    agentId,
    now,
  ]);
  return token;
}

export async function revokeToken(tx: Queryable, token: string, now: Date): Promise<void> {
  await tx.query('UPDATE tokens SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [
    hashSecret(token),
    now,
  ]);
}

/** Revokes the agent and every token they hold. False when no such agent is in the team. */
export async function revokeAgent(tx: Queryable, agentId: string, now: Date): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(agentId)) return false;
  const rows = await tx.query('UPDATE agents SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING id', [
    agentId,
    now,
  ]);
  if (!rows.length) return false;
  await tx.query('UPDATE tokens SET revoked_at = $2 WHERE agent_id = $1 AND revoked_at IS NULL', [agentId, now]);
  return true;
}

export interface AgentListRow {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  joinedAt: string | null;
}

export async function listAgents(tx: Queryable, teamId: string): Promise<AgentListRow[]> {
  const rows = await tx.query<{ id: string; name: string; role: Role; revoked_at: unknown; joined_at: unknown }>(
    'SELECT id, name, role, revoked_at, joined_at FROM agents WHERE team_id = $1 ORDER BY created_at, name',
    [teamId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    active: r.revoked_at === null,
    joinedAt: isoOrNull(r.joined_at),
  }));
}
