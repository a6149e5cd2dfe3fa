/**
 * Who is asking, from the bearer token alone. The token lookup runs as the owner role (no team is
 * known yet); everything after it runs through asTeam with the team the token belongs to.
 */
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../utils/team/wire';
import type { AppDeps, AuthSession, TeamEnv } from '../http/env';
import { hashSecret } from './tokens';

export function requireRole(deps: AppDeps, role: Role = 'agent') {
  return createMiddleware<TeamEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    if (!token) return c.json({ error: 'unauthorized', message: 'Sign in to the team first.' }, 401);
    const rows = await deps.db.query<{
      team_id: string;
      team_name: string;
      agent_id: string;
      agent_name: string;
      role: Role;
      token_revoked: Date | null;
      agent_revoked: Date | null;
    }>(
      `SELECT t.team_id, teams.name AS team_name, a.id AS agent_id, a.name AS agent_name, a.role,
              t.revoked_at AS token_revoked, a.revoked_at AS agent_revoked
         FROM tokens t JOIN agents a ON a.id = t.agent_id JOIN teams ON teams.id = t.team_id
        WHERE t.token_hash = $1`,
      [hashSecret(token)],
    );
    const row = rows[0];
    if (!row) return c.json({ error: 'unauthorized', message: 'This token is not known to the team server.' }, 401);
    if (row.token_revoked || row.agent_revoked) {
      return c.json({ error: 'revoked', message: 'This access was revoked by the team lead.' }, 401);
    }
    if (role === 'lead' && row.role !== 'lead') {
      return c.json({ error: 'lead-only', message: 'Only a team lead can do this.' }, 403);
    }
    const session: AuthSession = {
      teamId: row.team_id,
      teamName: row.team_name,
      agentId: row.agent_id,
      agentName: row.agent_name,
      role: row.role,
    };
    c.set('session', session);
    await next();
  });
}
