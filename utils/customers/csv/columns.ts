/**
 * Matching a customer CSV's header row to Careline's fields (docs/architecture.md, "The UI contract"):
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
  ['handle', 'handle'],
  ['핸들', 'handle'],
  ['name', 'name'],
  ['이름', 'name'],
  ['customer_id', 'customerId'],
  ['고객번호', 'customerId'],
  ['phone', 'phone'],
  ['전화번호', 'phone'],
  ['email', 'email'],
  ['plan', 'plan'],
  ['요금제', 'plan'],
  ['tags', 'tags'],
  ['태그', 'tags'],
  ['note', 'note'],
  ['메모', 'note'],
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
export type IgnoredReason = 'no header' | 'same header as an earlier column' | 'chosen';

const IGNORED_REASON = {
  'no header': 'customers.column.noHeader',
  'same header as an earlier column': 'customers.column.sameHeader',
  chosen: 'customers.column.chosen',
} as const satisfies Record<IgnoredReason, string>;

/** What the agent can pick for a column in the mapping preview. */
export type ColumnChoice = CustomerField | 'attribute' | 'skip';
export const FIELD_CHOICES: readonly CustomerField[] = [
  'handle',
  'customerId',
  'name',
  'phone',
  'email',
  'plan',
  'tags',
  'note',
];

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

/**
 * What a file's rows are keyed by: the X handle, or (a CRM export without handles) the customer ID,
 * the X account being linked later in the panel. None: nothing can be imported until the agent
 * maps a column to one of them.
 */
export type ImportKey = 'handle' | 'customerId' | 'none';

export interface MappingPreview {
  columns: ColumnMapping[];
  /** Position of the handle column; -1 when the file has none. */
  handleIndex: number;
  /** Position of the customer ID column; -1 when the file has none. */
  customerIdIndex: number;
  key: ImportKey;
}

function withKey(columns: ColumnMapping[]): MappingPreview {
  const indexOf = (field: CustomerField) =>
    columns.find((c) => c.target.kind === 'field' && c.target.field === field)?.index ?? -1;
  const handleIndex = indexOf('handle');
  const customerIdIndex = indexOf('customerId');
  return {
    columns,
    handleIndex,
    customerIdIndex,
    key: handleIndex >= 0 ? 'handle' : customerIdIndex >= 0 ? 'customerId' : 'none',
  };
}

/** The choice a column's current target stands for (what its select shows). */
export function choiceOf(target: ColumnTarget): ColumnChoice {
  return target.kind === 'field' ? target.field : target.kind === 'attribute' ? 'attribute' : 'skip';
}

/**
 * The mapping with the agent's choices applied, one per column (by position). A field chosen for two
 * columns stays with the later choice in the list only once: the first column keeps it, a later one
 * becomes an attribute. A column without a header cannot be an attribute (it has no name): skipped.
 */
export function applyChoices(mapping: MappingPreview, choices: readonly ColumnChoice[]): MappingPreview {
  const taken = new Set<CustomerField>();
  const names = new Set<string>();
  const columns = mapping.columns.map((column, i): ColumnMapping => {
    const choice = choices[i] ?? choiceOf(column.target);
    const { index, header } = column;
    if (choice !== 'attribute' && choice !== 'skip' && FIELD_CHOICES.includes(choice) && !taken.has(choice)) {
      taken.add(choice);
      return { index, header, target: { kind: 'field', field: choice } };
    }
    if (choice === 'skip')
      return {
        index,
        header,
        target: { kind: 'ignored', reason: column.target.kind === 'ignored' ? column.target.reason : 'chosen' },
      };
    if (!header) return { index, header, target: { kind: 'ignored', reason: 'no header' } };
    if (names.has(header))
      return { index, header, target: { kind: 'ignored', reason: 'same header as an earlier column' } };
    names.add(header);
    return { index, header, target: { kind: 'attribute', name: header } };
  });
  return withKey(columns);
}

/** "Customer ID", "customer-id" and "CUSTOMER_ID" are the same column; NFC so a macOS (NFD) 이름 matches. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
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
    if (attributes.has(header))
      return { index, header, target: { kind: 'ignored', reason: 'same header as an earlier column' } };
    attributes.add(header);
    return { index, header, target: { kind: 'attribute', name: header } };
  });
  return withKey(columns);
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

/**
 * The choices after the agent picked `choice` for column `index`: a Careline field lives in one
 * column, so the column that had it before becomes a custom attribute (the agent's latest pick wins).
 */
export function withChoice(choices: readonly ColumnChoice[], index: number, choice: ColumnChoice): ColumnChoice[] {
  const unique = choice !== 'attribute' && choice !== 'skip';
  return choices.map((c, i) => (i === index ? choice : unique && c === choice ? 'attribute' : c));
}

/** A Careline field's name in the page's language (the select's options in the mapping preview). */
export function fieldName(field: CustomerField): string {
  return say(FIELD_NAME[field]);
}
