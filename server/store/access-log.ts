/**
 * The access log: who looked up, exported, imported or erased which customer, and when. Written in
 * the same transaction as the access itself, so an access that happened is always logged. Ids only.
 */
import type { Queryable } from '../db/db';
import type { AuthSession } from '../http/env';

/** 'sign-in': a company sign-in (no customer). */
export type AccessAction = 'lookup' | 'export' | 'erase' | 'import' | 'sign-in';

export async function logAccess(
  tx: Queryable,
  session: AuthSession,
  action: AccessAction,
  customerId: string | null,
  detail?: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO access_log (team_id, agent_id, action, customer_id, detail) VALUES ($1, $2, $3, $4, $5)`,
    [session.teamId, session.agentId, action, customerId, detail ?? null],
  );
}
