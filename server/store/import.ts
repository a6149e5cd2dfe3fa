/**
 * The lead's CRM import into the team's record: all or nothing. The file is checked whole first
 * (import-rows.ts); then, in one transaction, its rows are COPYed into a staging table and merged
 * into `customers` by two statements: one that finds rows whose keys point at different customers,
 * one that updates the customers found and inserts the rest. A re-import updates CRM fields and
 * never touches events; a cell left empty keeps what the record has (as the extension's import).
 *
 * COPY is refused on a table with row-level security for a role that is not its owner, so it goes
 * into a TEMP table as the owner; the merge then runs as careline_app with the team set, like every
 * other write of team data (team-scope.ts).
 */
import type { Db, Queryable } from '../db/db';
import type { AuthSession } from '../http/env';
import type { Locale } from '../../utils/i18n/locale';
import { logAccess } from './access-log';
import { lockTeamChanges } from './events';
import { prepareImport, teamImportSayer, MAX_LISTED_PROBLEMS, type StagedCustomer } from './import-rows';
import { customersProblems } from '../../utils/i18n/messages/problems-customers';
import { makeTranslator, plural } from '../../utils/i18n/translate';

export interface ImportOutcome {
  /** Customers the file holds, now in the record as the file says; 0 whenever `problems` is not empty. */
  imported: number;
  created: number;
  /** Customers the file changed (rows that change nothing are not rewritten). */
  updated: number;
  problems: string[];
}

export interface ImportOptions {
  locale?: Locale;
  now?: Date;
  /** The access log's detail: the row count, and where the import came from when not the API. */
  detail?: (rows: number) => string;
}

const STAGING = 'import_staging';
const COLUMNS = [
  'row_no',
  'x_user_id',
  'handle',
  'display_handle',
  'crm_id',
  'name',
  'phone',
  'email',
  'plan',
  'crm_tags',
  'attributes',
  'note',
] as const;

/** Each staged row next to the customers its keys already name in the team's record. */
const MATCHED = `m AS (
  SELECT s.*, cx.id AS by_x, ch.id AS by_handle, cc.id AS by_crm, COALESCE(cx.id, ch.id, cc.id) AS customer_id
    FROM ${STAGING} s
    LEFT JOIN customers cx ON cx.team_id = $1 AND cx.x_user_id = s.x_user_id
    LEFT JOIN customers ch ON ch.team_id = $1 AND ch.handle = s.handle
    LEFT JOIN customers cc ON cc.team_id = $1 AND cc.crm_id = s.crm_id)`;

/** Rows the merge cannot write: keys of two different customers, or a customer another row also names. */
const CONFLICTS = `WITH ${MATCHED}
SELECT row_no, problem, earlier, count(*) OVER () AS total FROM (
  SELECT row_no, 'split' AS problem, NULL::integer AS earlier FROM m
   WHERE by_x <> by_handle OR by_x <> by_crm OR by_handle <> by_crm
  UNION ALL
  SELECT row_no, 'shared', first_row FROM (
    SELECT row_no, min(row_no) OVER (PARTITION BY customer_id) AS first_row FROM m WHERE customer_id IS NOT NULL) d
   WHERE row_no > first_row) p
ORDER BY row_no LIMIT ${MAX_LISTED_PROBLEMS}`;

const MERGE = `WITH ${MATCHED},
updated AS (
  UPDATE customers c SET
    x_user_id = COALESCE(m.x_user_id, c.x_user_id), handle = COALESCE(m.handle, c.handle),
    display_handle = COALESCE(m.display_handle, c.display_handle), crm_id = COALESCE(m.crm_id, c.crm_id),
    name = COALESCE(m.name, c.name), phone = COALESCE(m.phone, c.phone), email = COALESCE(m.email, c.email),
    plan = COALESCE(m.plan, c.plan), crm_tags = COALESCE(m.crm_tags, c.crm_tags),
    attributes = c.attributes || m.attributes, note = COALESCE(m.note, c.note), updated_at = $2
    FROM m WHERE c.id = m.customer_id AND c.team_id = $1
     -- A row that changes nothing is not rewritten: re-importing this month's export touches only what changed.
     AND ((COALESCE(m.x_user_id, c.x_user_id), COALESCE(m.handle, c.handle),
           COALESCE(m.display_handle, c.display_handle), COALESCE(m.crm_id, c.crm_id), COALESCE(m.name, c.name),
           COALESCE(m.phone, c.phone), COALESCE(m.email, c.email), COALESCE(m.plan, c.plan),
           COALESCE(m.crm_tags, c.crm_tags), COALESCE(m.note, c.note))
          IS DISTINCT FROM
          (c.x_user_id, c.handle, c.display_handle, c.crm_id, c.name, c.phone, c.email, c.plan, c.crm_tags, c.note)
          OR NOT c.attributes @> m.attributes)
  RETURNING 1),
created AS (
  INSERT INTO customers (team_id, x_user_id, handle, display_handle, crm_id, name, phone, email, plan, crm_tags,
                         attributes, note, created_at, updated_at)
  SELECT $1, x_user_id, handle, display_handle, crm_id, name, phone, email, plan, COALESCE(crm_tags, '{}'),
         attributes, note, $2, $2
    FROM m WHERE customer_id IS NULL
  RETURNING 1)
SELECT (SELECT count(*) FROM updated)::integer AS updated, (SELECT count(*) FROM created)::integer AS created`;

/** A team's first import: every row is a new customer, so no joins and no materialised match. */
const INSERT_ALL = `WITH created AS (
  INSERT INTO customers (team_id, x_user_id, handle, display_handle, crm_id, name, phone, email, plan, crm_tags,
                         attributes, note, created_at, updated_at)
  SELECT $1, x_user_id, handle, display_handle, crm_id, name, phone, email, plan, COALESCE(crm_tags, '{}'),
         attributes, note, $2, $2
    FROM ${STAGING}
  RETURNING 1)
SELECT 0 AS updated, (SELECT count(*) FROM created)::integer AS created`;

export async function importCustomers(
  db: Db,
  session: AuthSession,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const locale = options.locale ?? 'en';
  const prepared = prepareImport(bytes, locale);
  if (prepared.problems.length) return { imported: 0, created: 0, updated: 0, problems: prepared.problems };
  const say = teamImportSayer(locale);
  try {
    return await db.transaction(async (tx) => {
      await tx.exec(`CREATE TEMP TABLE ${STAGING} (row_no integer, x_user_id text, handle text, display_handle text,
        crm_id text, name text, phone text, email text, plan text, crm_tags text[], attributes jsonb, note text)
        ON COMMIT DROP`);
      await db.copyCsv(STAGING, COLUMNS, toCsv(prepared.rows), tx);
      // Customers are also created by agents' pushes: the team's lock keeps the check and the merge
      // seeing the same record.
      await lockTeamChanges(tx, session.teamId);
      // A team's first import meets no customers of its own: no statistics for the joins, no check.
      const [known] = await tx.query('SELECT 1 FROM customers WHERE team_id = $1 LIMIT 1', [session.teamId]);
      if (known) await tx.exec(`ANALYZE ${STAGING}`);
      await tx.exec(`GRANT SELECT ON ${STAGING} TO careline_app`);
      await tx.query(`SELECT set_config('careline.team_id', $1, true)`, [session.teamId]);
      await tx.exec('SET LOCAL ROLE careline_app');
      const problems = known ? await conflicts(tx, session.teamId, locale) : [];
      if (problems.length) return { imported: 0, created: 0, updated: 0, problems };
      const [counts] = await tx.query<{ updated: number; created: number }>(known ? MERGE : INSERT_ALL, [
        session.teamId,
        options.now ?? new Date(),
      ]);
      const imported = prepared.rows.length;
      await logAccess(tx, session, 'import', null, options.detail?.(imported) ?? String(imported));
      return { imported, created: counts?.created ?? 0, updated: counts?.updated ?? 0, problems: [] };
    });
  } catch (error) {
    // A customer created by a push between the check and the merge: the merge hit a unique key.
    if ((error as { code?: string }).code === '23505') {
      return { imported: 0, created: 0, updated: 0, problems: [say('teamImport.changedMeanwhile')] };
    }
    throw error;
  }
}

async function conflicts(tx: Queryable, teamId: string, locale: Locale): Promise<string[]> {
  const rows = await tx.query<{ row_no: number; problem: 'split' | 'shared'; earlier: number | null; total: string }>(
    CONFLICTS,
    [teamId],
  );
  if (!rows.length) return [];
  const say = teamImportSayer(locale);
  const lines = rows.map((r) =>
    say('teamImport.row', {
      row: String(r.row_no),
      message:
        r.problem === 'split'
          ? say('teamImport.otherCustomers')
          : say('teamImport.sameCustomer', { earlier: String(r.earlier) }),
    }),
  );
  const customers = makeTranslator(customersProblems, locale);
  return [plural(customers, 'customers.import.hasProblems', Number(rows[0]?.total ?? rows.length)), ...lines];
}

/** The staged rows as COPY's CSV: an unquoted empty field is NULL, a quoted one is text. */
export function toCsv(rows: readonly StagedCustomer[]): string {
  const parts: string[] = [];
  for (const r of rows) {
    parts.push(
      [
        String(r.row),
        field(r.xUserId),
        field(r.handle),
        field(r.displayHandle),
        field(r.crmId),
        field(r.name),
        field(r.phone),
        field(r.email),
        field(r.plan),
        field(r.crmTags && pgArray(r.crmTags)),
        field(JSON.stringify(r.attributes)),
        field(r.note),
      ].join(','),
    );
  }
  return parts.join('\n') + '\n';
}

// PostgreSQL text cannot hold NUL: a stray one in a CRM cell is dropped rather than failing the file.
const field = (value: string | null) => {
  if (value === null) return '';
  const text = value.includes('\0') ? value.replace(/\0/g, '') : value;
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
};

/** A text[] literal: every element quoted, its backslashes and quotes escaped. */
const pgArray = (items: readonly string[]) => `{${items.map((t) => `"${t.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
