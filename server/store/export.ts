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
import { allCustomers } from './customers';

const BOM = '\uFEFF';
const X_USER_ID = 'x_user_id';

export async function exportCustomers(db: Db, session: AuthSession): Promise<{ csv: string; rows: number }> {
  return asTeam(db, session.teamId, async (tx) => {
    const customers = await allCustomers(tx, session.teamId);
    const attributeKeys = [...new Set(customers.flatMap((c) => Object.keys(c.attributes)))].filter(
      (k) => k !== X_USER_ID && !(CUSTOMER_COLUMNS as readonly string[]).includes(k),
    );
    const parts = [BOM, csvRow([...CUSTOMER_COLUMNS, X_USER_ID, ...attributeKeys])];
    for (const c of customers) {
      parts.push(
        csvRow([
          c.displayHandle ?? c.handle,
          c.name,
          c.crmId,
          c.phone,
          c.email,
          c.plan,
          c.crmTags.join(';'),
          c.note,
          c.xUserId,
          ...attributeKeys.map((k) => (Object.prototype.hasOwnProperty.call(c.attributes, k) ? c.attributes[k] : '')),
        ]),
      );
    }
    await logAccess(tx, session, 'export', null, String(customers.length));
    return { csv: parts.join(''), rows: customers.length };
  });
}
