/**
 * The lead's export of the team's customers as a CSV that Excel opens and the import (the server's
 * and the extension's) reads back: the extension's format (utils/customers/export.ts: UTF-8 with a
 * BOM, CRLF, every cell quoted and formula-defused), its columns, then x_user_id, then each custom
 * attribute. Everything goes out, so the export is written to the access log with the row count.
 */
import type { Db } from '../db/db';
import type { AuthSession } from '../http/env';
import { asTeam } from '../db/team-scope';
import { CUSTOMER_COLUMNS, csvRow } from '../../utils/customers/export';
import { logAccess } from './access-log';

const BOM = '\uFEFF';
const X_USER_ID = 'x_user_id';

type CustomerRow = {
  x_user_id: string | null;
  handle: string | null;
  display_handle: string | null;
  crm_id: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  plan: string | null;
  crm_tags: string[];
  attributes: Record<string, string>;
  note: string | null;
};

export async function exportCustomers(db: Db, session: AuthSession): Promise<{ csv: string; rows: number }> {
  return asTeam(db, session.teamId, async (tx) => {
    const customers = await tx.query<CustomerRow>(
      `SELECT x_user_id, handle, display_handle, crm_id, name, phone, email, plan, crm_tags, attributes, note
         FROM customers WHERE team_id = $1 ORDER BY id`,
      [session.teamId],
    );
    const attributeKeys = [...new Set(customers.flatMap((c) => Object.keys(c.attributes)))].filter(
      (k) => k !== X_USER_ID && !(CUSTOMER_COLUMNS as readonly string[]).includes(k),
    );
    const parts = [BOM, csvRow([...CUSTOMER_COLUMNS, X_USER_ID, ...attributeKeys])];
    for (const c of customers) {
      parts.push(
        csvRow([
          c.display_handle ?? c.handle,
          c.name,
          c.crm_id,
          c.phone,
          c.email,
          c.plan,
          c.crm_tags.join(';'),
          c.note,
          c.x_user_id,
          ...attributeKeys.map((k) => (Object.prototype.hasOwnProperty.call(c.attributes, k) ? c.attributes[k] : '')),
        ]),
      );
    }
    await logAccess(tx, session, 'export', null, String(customers.length));
    return { csv: parts.join(''), rows: customers.length };
  });
}
