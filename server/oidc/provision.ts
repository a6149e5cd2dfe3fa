/**
 * After a verified company sign-in: the agent with this subject in the team (created as an agent on
 * the first sign-in), a fresh token, and a line in the access log. All in one team-scoped
 * transaction, so a replayed nonce or a revoked agent leaves nothing behind.
 */
import type { Queryable } from '../db/db';
import { hashSecret } from '../auth/tokens';
import type { AuthSession } from '../http/env';
import { logAccess } from '../store/access-log';
import { issueToken } from '../store/agents';
import type { VerifiedSignIn } from './verify';

export type ProvisionOutcome =
  { ok: true; agentId: string; token: string; provisioned: boolean } | { ok: false; reason: 'replayed' | 'revoked' };

export async function provisionAgent(
  tx: Queryable,
  teamId: string,
  teamName: string,
  signIn: VerifiedSignIn & { nonce: string },
  now: Date,
): Promise<ProvisionOutcome> {
  await tx.query('DELETE FROM oidc_nonces WHERE team_id = $1 AND expires_at < $2', [teamId, now]);
  const fresh = await tx.query(
    `INSERT INTO oidc_nonces (nonce_hash, team_id, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (nonce_hash) DO NOTHING RETURNING nonce_hash`,
    [hashSecret(signIn.nonce), teamId, signIn.expiresAt],
  );
  if (fresh.length === 0) return { ok: false, reason: 'replayed' };

  const [existing] = await tx.query<{ id: string; revoked_at: unknown }>(
    'SELECT id, revoked_at FROM agents WHERE team_id = $1 AND oidc_subject = $2',
    [teamId, signIn.subject],
  );
  if (existing?.revoked_at) return { ok: false, reason: 'revoked' };
  let agentId = existing?.id;
  const provisioned = !agentId;
  if (!agentId) {
    const [created] = await tx.query<{ id: string }>(
      `INSERT INTO agents (team_id, name, role, oidc_subject, joined_at) VALUES ($1, $2, 'agent', $3, $4) RETURNING id`,
      [teamId, signIn.name, signIn.subject, now],
    );
    if (!created) throw new Error('the agent was not created');
    agentId = created.id;
  } else {
    await tx.query('UPDATE agents SET joined_at = COALESCE(joined_at, $2) WHERE id = $1', [agentId, now]);
  }
  const token = await issueToken(tx, teamId, agentId, now);
  const [agent] = await tx.query<{ name: string; role: 'agent' | 'lead' }>(
    'SELECT name, role FROM agents WHERE id = $1',
    [agentId],
  );
  const session: AuthSession = {
    teamId,
    teamName,
    agentId,
    agentName: agent?.name ?? signIn.name,
    role: agent?.role ?? 'agent',
  };
  // The access log takes ids only: the detail says how, never who.
  await logAccess(tx, session, 'sign-in', null, provisioned ? 'oidc: first sign-in, agent created' : 'oidc');
  return { ok: true, agentId, token, provisioned };
}
