/**
 * Claims: an agent holds a post or a customer for the team's claim minutes so no colleague answers
 * it. Taking again extends one's own claim; a claim past its time is anyone's to take. One row per
 * post or customer (the primary key), so two agents racing for it cannot both win.
 */
import type { Queryable } from '../db/db';
import type { AuthSession } from '../http/env';
import type { Claim, ClaimRequest } from '../../utils/team/live-wire';
import { iso } from './rows';

type ClaimRow = {
  post_id: string | null;
  customer_id: string | null;
  agent_id: string;
  agent_name: string;
  until: unknown;
};

const CLAIM_COLUMNS = `c.post_id, c.customer_id, c.agent_id::text AS agent_id, a.name AS agent_name, c.until`;

function toClaim(r: ClaimRow): Claim {
  return {
    postId: r.post_id,
    customerId: r.customer_id,
    agentId: r.agent_id,
    agentName: r.agent_name,
    until: iso(r.until),
  };
}

const subjectOf = (req: ClaimRequest) => (req.postId ? `post:${req.postId}` : `customer:${req.customerId}`);

export type TakeOutcome = { taken: true; claim: Claim } | { taken: false; claim: Claim };

export async function takeClaim(
  tx: Queryable,
  session: AuthSession,
  req: ClaimRequest,
  minutes: number,
  now: Date,
): Promise<TakeOutcome> {
  const until = new Date(now.getTime() + minutes * 60_000);
  const won = await tx.query(
    `INSERT INTO claims (team_id, post_id, customer_id, agent_id, taken_at, until) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (team_id, subject) DO UPDATE
        SET agent_id = EXCLUDED.agent_id, until = EXCLUDED.until,
            taken_at = CASE WHEN claims.agent_id = EXCLUDED.agent_id THEN claims.taken_at ELSE EXCLUDED.taken_at END
      WHERE claims.agent_id = EXCLUDED.agent_id OR claims.until <= EXCLUDED.taken_at
     RETURNING 1`,
    [session.teamId, req.postId ?? null, req.customerId ?? null, session.agentId, now, until],
  );
  const [row] = await tx.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN agents a ON a.id = c.agent_id WHERE c.team_id = $1 AND c.subject = $2`,
    [session.teamId, subjectOf(req)],
  );
  if (!row) throw new Error('a claim just written is missing');
  return { taken: won.length > 0, claim: toClaim(row) };
}

/** The agent's own claim, or any claim for a lead. True when a claim was removed. */
export async function releaseClaim(tx: Queryable, session: AuthSession, req: ClaimRequest): Promise<boolean> {
  const gone = await tx.query(
    `DELETE FROM claims WHERE team_id = $1 AND subject = $2 AND (agent_id = $3 OR $4) RETURNING 1`,
    [session.teamId, subjectOf(req), session.agentId, session.role === 'lead'],
  );
  return gone.length > 0;
}

/** Every claim of the team still running at `now`. */
export async function runningClaims(tx: Queryable, teamId: string, now: Date): Promise<Claim[]> {
  const rows = await tx.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN agents a ON a.id = c.agent_id
      WHERE c.team_id = $1 AND c.until > $2 ORDER BY c.until`,
    [teamId, now],
  );
  return rows.map(toClaim);
}

/** A revoked agent's claims end with their access; returns what they held, for the team to hear. */
export async function dropAgentClaims(tx: Queryable, teamId: string, agentId: string) {
  return tx.query<{ post_id: string | null; customer_id: string | null }>(
    'DELETE FROM claims WHERE team_id = $1 AND agent_id = $2 RETURNING post_id, customer_id',
    [teamId, agentId],
  );
}
