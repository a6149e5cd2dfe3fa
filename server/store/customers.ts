/**
 * Customers of the team's record, found by X's numeric user id first (handles change and get
 * reused), then by handle, then by CRM id. A handle or CRM id match that carries a different X user
 * id is someone else: a reused handle must not hand one customer's record to another.
 */
import type { Queryable } from '../db/db';
import type { CustomerRef, TeamCustomer } from '../../utils/team/wire';
import { iso, single } from './rows';

const COLUMNS = `id::text AS id, x_user_id, handle, display_handle, crm_id, name, phone, email, plan, crm_tags,
  attributes, note, updated_at`;

type CustomerRow = {
  id: string;
  x_user_id: string | null;
  handle: string | null;
  display_handle: string | null;
  crm_id: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  plan: string | null;
  crm_tags: string[];
  attributes: Record<string, unknown>;
  note: string | null;
  updated_at: unknown;
};

export function toTeamCustomer(row: CustomerRow): TeamCustomer {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.attributes ?? {}))
    if (v !== null && v !== undefined) attributes[k] = String(v);
  return {
    id: row.id,
    xUserId: row.x_user_id,
    handle: row.handle,
    displayHandle: row.display_handle,
    crmId: row.crm_id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    plan: row.plan,
    crmTags: row.crm_tags ?? [],
    attributes,
    note: row.note,
    updatedAt: iso(row.updated_at),
  };
}

export async function findCustomer(tx: Queryable, teamId: string, ref: CustomerRef): Promise<TeamCustomer | null> {
  const one = async (where: string, value: string) => {
    const rows = await tx.query<CustomerRow>(
      `SELECT ${COLUMNS} FROM customers WHERE team_id = $1 AND ${where} = $2
          AND ($3::text IS NULL OR x_user_id IS NULL OR x_user_id = $3)`,
      [teamId, value, ref.xUserId ?? null],
    );
    return rows[0] ? toTeamCustomer(rows[0]) : null;
  };
  if (ref.xUserId) {
    const found = await one('x_user_id', ref.xUserId);
    if (found) return found;
  }
  if (ref.handle) {
    const found = await one('handle', ref.handle.toLowerCase());
    if (found) return found;
  }
  if (ref.crmId) return one('crm_id', ref.crmId);
  return null;
}

/** Every customer of the team, in the order they were created (the lead's export). */
export async function allCustomers(tx: Queryable, teamId: string): Promise<TeamCustomer[]> {
  const rows = await tx.query<CustomerRow>(`SELECT ${COLUMNS} FROM customers WHERE team_id = $1 ORDER BY id`, [teamId]);
  return rows.map(toTeamCustomer);
}

/**
 * The customer `ref` names, created from the ref when the team has no record yet (a reply to someone
 * outside the CRM still has a history). An X user id learnt here fills in a record known by handle.
 */
export async function findOrCreateCustomer(
  tx: Queryable,
  teamId: string,
  ref: CustomerRef,
  now: Date,
): Promise<string> {
  const found = await findCustomer(tx, teamId, ref);
  if (found) {
    if (ref.xUserId && !found.xUserId) {
      await tx.query('UPDATE customers SET x_user_id = $2, updated_at = $3 WHERE id = $1 AND x_user_id IS NULL', [
        found.id,
        ref.xUserId,
        now,
      ]);
    }
    return found.id;
  }
  // A handle or CRM id already held by another X user stays with that record; the new one goes without.
  const taken = async (column: 'handle' | 'crm_id', value: string | undefined) =>
    value !== undefined &&
    (await tx.query(`SELECT 1 FROM customers WHERE team_id = $1 AND ${column} = $2`, [teamId, value])).length > 0;
  const handle = ref.handle && !(await taken('handle', ref.handle.toLowerCase())) ? ref.handle : undefined;
  const crmId = ref.crmId && !(await taken('crm_id', ref.crmId)) ? ref.crmId : undefined;
  const row = single(
    await tx.query<{ id: string }>(
      `INSERT INTO customers (team_id, x_user_id, handle, display_handle, crm_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id::text AS id`,
      [teamId, ref.xUserId ?? null, handle?.toLowerCase() ?? null, handle ?? null, crmId ?? null, now],
    ),
  );
  return row.id;
}
