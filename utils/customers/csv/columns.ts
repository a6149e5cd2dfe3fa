/**
 * Matching a customer CSV's header row to Careline's fields (ui-contract.md, "Customer import (CSV)"):
 * case-insensitive, with the Korean aliases Korean CRMs and Excel sheets use. Every other column
 * becomes a custom attribute under its own header, so nothing in the file is dropped.
 */
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemSayer } from '@/utils/i18n/problems';
import { restoreDefused } from './formula';

const say = problemSayer(customersProblems);

export type CustomerField = 'handle' | 'name' | 'customerId' | 'phone' | 'email' | 'plan' | 'tags' | 'note';

/**
 * Only the contract's names and aliases: anything else is a custom attribute, never a guess. A Map,
 * not an object: a header is the file's text, and `constructor` or `__proto__` looked up on an object
 * finds Object's own (a function that cannot be sent to the page, a prototype that is no field).
 */
const ALIASES: ReadonlyMap<string, CustomerField> = new Map([
  ['handle', 'handle'], ['핸들', 'handle'],
  ['name', 'name'], ['이름', 'name'],
  ['customer_id', 'customerId'], ['고객번호', 'customerId'],
  ['phone', 'phone'], ['전화번호', 'phone'],
  ['email', 'email'],
  ['plan', 'plan'], ['요금제', 'plan'],
  ['tags', 'tags'], ['태그', 'tags'],
  ['note', 'note'], ['메모', 'note'],
]);

export type ColumnTarget =
  | { kind: 'field'; field: CustomerField }
  | { kind: 'attribute'; name: string }
  /** A column without a header (Excel's trailing empty columns): its cells are not imported. */
  | { kind: 'ignored'; reason: IgnoredReason };

/**
 * Why a column is not imported. The English words double as the code: the mapping travels from the
 * import worker to the page as data, and the page says the reason in its own language.
 */
export type IgnoredReason = 'no header' | 'same header as an earlier column';

const IGNORED_REASON = {
  'no header': 'customers.column.noHeader',
  'same header as an earlier column': 'customers.column.sameHeader',
} as const satisfies Record<IgnoredReason, string>;

/** The field names in the page's language: the contract's column names in English, the Korean aliases in Korean. */
const FIELD_NAME = {
  handle: 'customers.field.handle',
  name: 'customers.field.name',
  customerId: 'customers.field.customerId',
  phone: 'customers.field.phone',
  email: 'customers.field.email',
  plan: 'customers.field.plan',
  tags: 'customers.field.tags',
  note: 'customers.field.note',
} as const satisfies Record<CustomerField, string>;

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
    // A header defused by an export (`'=cmd`) names the column it stood for.
    const header = restoreDefused(raw.replace(/^\uFEFF/, '')).trim();
    if (!header) return { index, header, target: { kind: 'ignored', reason: 'no header' } };
    const field = ALIASES.get(normalizeHeader(header));
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

/**
 * "customer_id", "custom attribute" or "not imported (no header)": what the preview table shows, in
 * the language of the page that renders it.
 */
export function describeTarget(target: ColumnTarget): string {
  if (target.kind === 'field') return say(FIELD_NAME[target.field]);
  if (target.kind === 'attribute') return say('customers.column.attribute');
  return say('customers.column.notImported', { reason: say(IGNORED_REASON[target.reason]) });
}
