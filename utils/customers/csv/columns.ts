/**
 * Matching a customer CSV's header row to Careline's fields (ui-contract.md, "Customer import (CSV)"):
 * case-insensitive, with the Korean aliases Korean CRMs and Excel sheets use. Every other column
 * becomes a custom attribute under its own header, so nothing in the file is dropped.
 */

export type CustomerField = 'handle' | 'name' | 'customerId' | 'phone' | 'email' | 'plan' | 'tags' | 'note';

/** The contract's column names, as the mapping preview shows them. */
export const FIELD_COLUMN: Record<CustomerField, string> = {
  handle: 'handle',
  name: 'name',
  customerId: 'customer_id',
  phone: 'phone',
  email: 'email',
  plan: 'plan',
  tags: 'tags',
  note: 'note',
};

/** Only the contract's names and aliases: anything else is a custom attribute, never a guess. */
const ALIASES: Record<string, CustomerField> = {
  handle: 'handle', 핸들: 'handle',
  name: 'name', 이름: 'name',
  customer_id: 'customerId', 고객번호: 'customerId',
  phone: 'phone', 전화번호: 'phone',
  email: 'email',
  plan: 'plan', 요금제: 'plan',
  tags: 'tags', 태그: 'tags',
  note: 'note', 메모: 'note',
};

export type ColumnTarget =
  | { kind: 'field'; field: CustomerField }
  | { kind: 'attribute'; name: string }
  /** A column without a header (Excel's trailing empty columns): its cells are not imported. */
  | { kind: 'ignored'; reason: string };

export interface ColumnMapping {
  /** 0-based position in the row. */
  index: number;
  /** The header as written in the file (trimmed). */
  header: string;
  target: ColumnTarget;
}

export interface MappingPreview {
  columns: ColumnMapping[];
  /** Position of the handle column; -1 when the file has none (then nothing can be imported). */
  handleIndex: number;
}

/** "Customer ID", "customer-id" and "CUSTOMER_ID" are the same column; NFC so a macOS (NFD) 이름 matches. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFC').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export function mapColumns(headers: readonly string[]): MappingPreview {
  const taken = new Set<CustomerField>();
  const attributes = new Set<string>();
  const columns = headers.map((raw, index): ColumnMapping => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    if (!header) return { index, header, target: { kind: 'ignored', reason: 'no header' } };
    const field = ALIASES[normalizeHeader(header)];
    if (field && !taken.has(field)) {
      taken.add(field);
      return { index, header, target: { kind: 'field', field } };
    }
    // A second "name" column (e.g. both name and 이름) is kept as an attribute rather than merged.
    if (attributes.has(header)) return { index, header, target: { kind: 'ignored', reason: 'same header as an earlier column' } };
    attributes.add(header);
    return { index, header, target: { kind: 'attribute', name: header } };
  });
  const handle = columns.find((c) => c.target.kind === 'field' && c.target.field === 'handle');
  return { columns, handleIndex: handle ? handle.index : -1 };
}

/** "customer_id", "custom attribute" or "not imported (no header)": what the preview table shows. */
export function describeTarget(target: ColumnTarget): string {
  if (target.kind === 'field') return FIELD_COLUMN[target.field];
  if (target.kind === 'attribute') return 'custom attribute';
  return `not imported (${target.reason})`;
}
