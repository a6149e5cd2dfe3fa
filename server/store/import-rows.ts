/**
 * A customer CSV, as the lead uploads it to the team server, turned into the rows to stage: the
 * extension's own rules (utils/customers/csv: CP949 or UTF-8, Korean headers, columns, formula
 * defusing, "later row wins" for a repeated handle or customer ID), plus what only a shared record
 * needs: an optional `x_user_id` column (X's numeric id, kept apart from the custom attributes) and
 * no two rows sharing an X user id, a customer ID or a handle (each is unique in the team's record).
 *
 * Everything here is synchronous: the problems are said in the lead's language, which the shared
 * problem sayer holds globally, so no other request may run in between (see withProblemLocale).
 */
import iconv from 'iconv-lite';
import type { CustomerInput } from '../../utils/db/customers-repo';
import { CsvFileError, decodeCsvBytes } from '../../utils/customers/csv/decode';
import { normalizeHeader } from '../../utils/customers/csv/columns';
import { analyzeCsv, rowKey, type CsvAnalysis } from '../../utils/customers/csv/parse';
import { customersProblems } from '../../utils/i18n/messages/problems-customers';
import { teamImportProblems } from '../../utils/i18n/messages/problems-team-import';
import { problemLocale, setProblemLocale } from '../../utils/i18n/problems';
import { makeTranslator, plural } from '../../utils/i18n/translate';
import type { Locale } from '../../utils/i18n/locale';
import { setOwn } from '../../utils/own-keys';

/** One customer as the staging table holds it (the columns of `customers` an import writes). */
export interface StagedCustomer {
  row: number;
  xUserId: string | null;
  /** Lower-case, without @ (the record's key); `displayHandle` as the file writes it. */
  handle: string | null;
  displayHandle: string | null;
  crmId: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  plan: string | null;
  /** Null when the row has no tags cell: a re-import then keeps the tags the record has. */
  crmTags: string[] | null;
  attributes: Record<string, string>;
  note: string | null;
}

export interface PreparedImport {
  rows: StagedCustomer[];
  /** Empty when the file can be imported; otherwise nothing may be written. */
  problems: string[];
}

/** At most this many rows are listed; the first line says how many rows have problems in all. */
export const MAX_LISTED_PROBLEMS = 100;

const X_USER_ID_HEADER = 'x_user_id';

/**
 * CP949 as Excel in Korea writes it. Node's TextDecoder('euc-kr') is ICU's strict EUC-KR, which turns
 * the 8,822 Hangul syllables only CP949 has (똠, 햏, …) into garbage where a browser decodes them.
 */
const decodeCp949 = (bytes: Uint8Array) =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'cp949');

export function teamImportSayer(locale: Locale) {
  return makeTranslator(teamImportProblems, locale);
}

/** Runs `fn` with the extension's problem messages in `locale`; `fn` must not await. */
export function withProblemLocale<T>(locale: Locale, fn: () => T): T {
  const before = problemLocale();
  setProblemLocale(locale);
  try {
    return fn();
  } finally {
    setProblemLocale(before);
  }
}

export function prepareImport(bytes: Uint8Array, locale: Locale): PreparedImport {
  return withProblemLocale(locale, () => prepare(bytes, locale));
}

function prepare(bytes: Uint8Array, locale: Locale): PreparedImport {
  const say = teamImportSayer(locale);
  let analysis: CsvAnalysis;
  // One pass: the valid rows as the analysis reads them, the winner of each key picked after it.
  const read: { input: CustomerInput; row: number }[] = [];
  try {
    const text = decodeCsvBytes(bytes, decodeCp949).text;
    analysis = analyzeCsv(text, {
      maxListed: MAX_LISTED_PROBLEMS,
      onValidRow: (input, row) => read.push({ input, row }),
    });
  } catch (error) {
    if (error instanceof CsvFileError) return { rows: [], problems: [error.message] };
    throw error;
  }
  if (analysis.mapping.key === 'none') {
    return { rows: [], problems: [say('teamImport.noKeyColumn', { columns: analysis.headers.join(', ') })] };
  }
  const problems = analysis.problems.map((p) => say('teamImport.row', { row: String(p.row), message: p.message }));
  let problemCount = analysis.problemCount;
  const rows: StagedCustomer[] = [];
  if (!problemCount) {
    const keys = { xUserId: new Map<string, StagedCustomer>(), handle: new Map(), crmId: new Map() };
    const complain = (row: number, message: string) => {
      problemCount++;
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push(say('teamImport.row', { row: String(row), message }));
    };
    const xUserIdColumn = analysis.mapping.columns.find(
      (c) => c.target.kind === 'attribute' && normalizeHeader(c.target.name) === X_USER_ID_HEADER,
    )?.header;
    for (const { input, row } of read) {
      if (analysis.winners.get(rowKey(input)) !== row) continue;
      const staged = stage(input, row, xUserIdColumn);
      if (staged.xUserId !== null && !/^\d{1,25}$/.test(staged.xUserId)) {
        complain(staged.row, say('teamImport.invalidXUserId', { id: staged.xUserId }));
        continue;
      }
      const earlier = (map: Map<string, StagedCustomer>, key: string | null) => {
        if (key === null) return undefined;
        const found = map.get(key);
        if (!found) map.set(key, staged);
        return found?.row;
      };
      const byX = earlier(keys.xUserId, staged.xUserId);
      const byHandle = earlier(keys.handle, staged.handle);
      const byCrm = earlier(keys.crmId, staged.crmId);
      if (byX !== undefined)
        complain(staged.row, say('teamImport.sameXUserId', { id: staged.xUserId ?? '', earlier: String(byX) }));
      else if (byHandle !== undefined)
        complain(
          staged.row,
          say('teamImport.sameHandle', { handle: staged.displayHandle ?? '', earlier: String(byHandle) }),
        );
      else if (byCrm !== undefined)
        complain(staged.row, say('teamImport.sameCustomerId', { id: staged.crmId ?? '', earlier: String(byCrm) }));
      else rows.push(staged);
    }
  }
  if (!problemCount) return { rows, problems: [] };
  const customers = makeTranslator(customersProblems, locale);
  return { rows: [], problems: [plural(customers, 'customers.import.hasProblems', problemCount), ...problems] };
}

function stage(input: CustomerInput, row: number, xUserIdColumn: string | undefined): StagedCustomer {
  const attributes: Record<string, string> = {};
  let xUserId: string | null = null;
  for (const [name, value] of Object.entries(input.attributes ?? {})) {
    if (name === xUserIdColumn) xUserId = value;
    // A header is the file's text: `__proto__` is stored under its name, not set as the prototype.
    else setOwn(attributes, name, value.includes('\0') ? value.replace(/\0/g, '') : value);
  }
  const handle = input.handle ? input.handle.toLowerCase() : null;
  return {
    row,
    xUserId,
    handle,
    displayHandle: input.handle ?? null,
    crmId: input.customerId ?? null,
    name: input.name ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    plan: input.plan ?? null,
    crmTags: input.tags ?? null,
    attributes,
    note: input.note ?? null,
  };
}
