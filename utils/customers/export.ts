/**
 * Customers and their history as CSV files an agent can open in Excel: UTF-8 with a BOM (without it
 * Excel in Korea reads UTF-8 as CP949 and Hangul turns to mojibake), CRLF rows (RFC 4180), every cell
 * quoted, and every part of a cell that a spreadsheet would run as a formula defused.
 */
import { backupRepo, type BackupRepo } from '@/utils/db/backup-repo';
import { isXKey } from '@/utils/db/customer-keys';
import type { CustomerEventRecord, CustomerRecord } from '@/utils/db/types';
import { defuseFormula } from './csv/formula';

const BOM = '\uFEFF';
const EOL = '\r\n';

export { defuseFormula };

/**
 * One CSV cell: formula-defused (csv/formula.ts), then always quoted, quotes doubled. Quoting every
 * cell, not only those with a comma, keeps a `;` or tab inside one cell for readers that honour
 * quotes whatever their separator; defusing covers the readers that do not.
 */
export function csvCell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : defuseFormula(String(value));
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly (string | number | undefined | null)[]): string {
  return cells.map(csvCell).join(',') + EOL;
}

/** The contract's import columns (csv/columns.ts), so an export can be imported again. */
export const CUSTOMER_COLUMNS = ['handle', 'name', 'customer_id', 'phone', 'email', 'plan', 'tags', 'note'] as const;
export const EVENT_COLUMNS = [
  'handle',
  'at',
  'kind',
  'agent',
  'tweet_url',
  'status_id',
  'template_id',
  'text',
] as const;

export function customerCells(c: CustomerRecord, attributeKeys: readonly string[]): (string | undefined)[] {
  return [
    // A CRM record no X account is linked to has no handle: its `crm:` key is Careline's, not X's.
    isXKey(c.handle) ? c.displayHandle || c.handle : '',
    c.name,
    c.customerId,
    c.phone,
    c.email,
    c.plan,
    c.tags.join(';'),
    c.note,
    ...attributeKeys.map((k) => c.attributes[k]),
  ];
}

export function eventCells(e: CustomerEventRecord): (string | undefined)[] {
  return [e.customerHandle, e.at, e.kind, e.agent, e.tweetUrl, e.statusId, e.templateId, e.text];
}

export interface ExportOptions {
  repo?: BackupRepo;
  /** Rows read per IndexedDB request. */
  pageSize?: number;
  /** Called after each page with the rows written so far (the options page shows it). */
  onProgress?: (rows: number) => void;
}

export interface CsvExport {
  blob: Blob;
  rows: number;
}

/**
 * Reads a table page by page (keyed paging) and hands each page to `visit`. Nothing but the page in
 * hand is kept, so 1,000,000 events never sit in memory as records.
 */
async function eachPage<T, K>(
  next: (after: K | undefined, limit: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  pageSize: number,
  visit: (rows: T[]) => void,
): Promise<void> {
  let after: K | undefined;
  for (;;) {
    const rows = await next(after, pageSize);
    if (rows.length === 0) return;
    visit(rows);
    if (rows.length < pageSize) return;
    after = keyOf(rows[rows.length - 1] as T);
  }
}

/**
 * Each page becomes a Blob of its own, and the file is a Blob of those: the browser keeps blob data
 * outside the JS heap (and spills big ones to disk), so the page's string can be collected at once
 * and the whole CSV is never one giant string next to its records.
 */
function blobOf(parts: Blob[]): Blob {
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** Customers CSV: contract columns, then one column per custom attribute (union of keys, sorted). */
export async function exportCustomersCsv(options: ExportOptions = {}): Promise<CsvExport> {
  const repo = options.repo ?? backupRepo();
  const pageSize = options.pageSize ?? 2000;
  // Pass 1 collects the attribute columns (the header must come first); pass 2 writes the rows.
  // Reading twice costs time, not memory: keeping the records to avoid it would cost 100,000 of them.
  const keys = new Set<string>();
  await eachPage(
    repo.customersAfter,
    (c) => c.handle,
    pageSize,
    (page) => {
      for (const c of page) for (const k of Object.keys(c.attributes ?? {})) keys.add(k);
    },
  );
  const attributeKeys = [...keys].sort();
  const parts: Blob[] = [new Blob([BOM + csvRow([...CUSTOMER_COLUMNS, ...attributeKeys])])];
  let rows = 0;
  await eachPage(
    repo.customersAfter,
    (c) => c.handle,
    pageSize,
    (page) => {
      parts.push(
        new Blob([
          page.map((c) => csvRow(customerCells({ ...c, attributes: c.attributes ?? {} }, attributeKeys))).join(''),
        ]),
      );
      rows += page.length;
      options.onProgress?.(rows);
    },
  );
  return { blob: blobOf(parts), rows };
}

/** History CSV: one row per event, in the order they were logged. */
export async function exportEventsCsv(options: ExportOptions = {}): Promise<CsvExport> {
  const repo = options.repo ?? backupRepo();
  const pageSize = options.pageSize ?? 5000;
  const parts: Blob[] = [new Blob([BOM + csvRow(EVENT_COLUMNS)])];
  let rows = 0;
  await eachPage(
    repo.eventsAfter,
    (e) => e.id ?? 0,
    pageSize,
    (page) => {
      parts.push(new Blob([page.map((e) => csvRow(eventCells(e))).join('')]));
      rows += page.length;
      options.onProgress?.(rows);
    },
  );
  return { blob: blobOf(parts), rows };
}

/** `careline-customers-2026-11-29.csv` (local date: the agent's day). */
export function exportFileName(kind: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `careline-${kind}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
