/**
 * Erasing a customer from the team's record (a lead's action, PIPA's right to erasure): the customer
 * row goes, its events with it (ON DELETE CASCADE), and a tombstone with nothing but the id tells
 * every agent's next sync to delete its copy (with the customer's keys hashed, so an older entry an
 * offline agent pushes later cannot bring the customer back: server/store/erased-keys.ts). The erase is written to the access log in the same
 * transaction.
 *
 * The customer is found as careline_app under row-level security like every read; the delete runs
 * as the owner, because the application role has no DELETE grant (events are append-only for it,
 * and that grant would let any bug delete them). The owner is not bound by row-level security, so
 * the statement names the team itself: `WHERE team_id = $1` is what keeps another team's rows safe.
 */
import type { Db } from '../db/db';
import type { AuthSession } from '../http/env';
import type { CustomerRef } from '../../utils/team/wire';
import { logAccess } from './access-log';
import { findCustomer } from './customers';
import { keyHashes } from './erased-keys';
import { lockTeamChanges } from './events';

export interface EraseOutcome {
  erased: boolean;
  /** The erased customer's id (the tombstone's), when one was erased. */
  customerId?: string;
}

export async function eraseCustomer(db: Db, session: AuthSession, ref: CustomerRef): Promise<EraseOutcome> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('careline.team_id', $1, true)`, [session.teamId]);
    await tx.exec('SET LOCAL ROLE careline_app');
    const customer = await findCustomer(tx, session.teamId, ref);
    if (!customer) return { erased: false };
    const customerId = customer.id;
    await tx.exec('RESET ROLE');
    // Tombstones draw their seq from change_seq like events: the team's lock first, so a sync cursor
    // never passes a tombstone that commits later with a smaller seq.
    await lockTeamChanges(tx, session.teamId);
    const deleted = await tx.query('DELETE FROM customers WHERE team_id = $1 AND id = $2 RETURNING id', [
      session.teamId,
      customerId,
    ]);
    if (!deleted.length) return { erased: false };
    await tx.query(
      'INSERT INTO tombstones (team_id, customer_id, erased_by, key_hashes) VALUES ($1, $2, $3, $4::text[])',
      [session.teamId, customerId, session.agentId, keyHashes(session.teamId, customer)],
    );
    await logAccess(tx, session, 'erase', customerId);
    return { erased: true, customerId };
  });
}
