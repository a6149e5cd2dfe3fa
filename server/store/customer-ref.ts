/**
 * Finding the team's customer a CustomerRef names: X's numeric user id first (handles change and get
 * reused), then the handle (case-insensitive, as X's), then the CRM id. Runs on a transaction with
 * the team set (row-level security) and names the team as well.
 */
import type { Queryable } from '../db/db';
import type { CustomerRef } from '../../utils/team/wire';

export async function findCustomerId(tx: Queryable, teamId: string, ref: CustomerRef): Promise<string | null> {
  const keys: [column: string, value: string | undefined][] = [
    ['x_user_id', ref.xUserId],
    ['handle', ref.handle?.toLowerCase()],
    ['crm_id', ref.crmId],
  ];
  for (const [column, value] of keys) {
    if (value === undefined) continue;
    const rows = await tx.query<{ id: string }>(
      `SELECT id::text FROM customers WHERE team_id = $1 AND ${column} = $2`,
      [teamId, value],
    );
    if (rows[0]) return rows[0].id;
  }
  return null;
}
