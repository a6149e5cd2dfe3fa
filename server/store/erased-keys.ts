/**
 * The erased customers' keys, hashed per team (migration 004): what stops an agent's queued, older
 * entry from recreating a customer a lead erased while that agent was offline.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db';
import type { CustomerRef } from '../../utils/team/wire';

type Keys = { xUserId?: string | null; handle?: string | null; crmId?: string | null };

export function keyHashes(teamId: string, keys: Keys): string[] {
  const hash = (kind: string, value: string) =>
    createHash('sha256').update(`${teamId}\u0000${kind}\u0000${value}`, 'utf8').digest('hex');
  const out: string[] = [];
  if (keys.xUserId) out.push(hash('x', keys.xUserId));
  if (keys.handle) out.push(hash('h', keys.handle.toLowerCase()));
  if (keys.crmId) out.push(hash('c', keys.crmId));
  return out;
}

/**
 * The tombstone's customer id when `ref` names a customer erased after `at` (the event was written
 * before the erase), or null. Only asked about customers the team does not hold now.
 */
export async function erasedAfter(tx: Queryable, teamId: string, ref: CustomerRef, at: string): Promise<string | null> {
  const hashes = keyHashes(teamId, ref);
  if (!hashes.length) return null;
  const [row] = await tx.query<{ customer_id: string }>(
    `SELECT customer_id::text AS customer_id FROM tombstones
      WHERE team_id = $1 AND key_hashes && $2::text[] AND erased_at > $3
      ORDER BY seq DESC LIMIT 1`,
    [teamId, hashes, at],
  );
  return row?.customer_id ?? null;
}
