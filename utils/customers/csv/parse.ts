/**
 * Parsing and validating a decoded customer CSV, in two passes over the string so memory stays flat:
 *  1. `analyzeCsv` reads every row once and keeps only what the decision needs: the column mapping,
 *     counts, the problems (with spreadsheet row numbers), which row wins for each handle, and where
 *     every `sliceRows`-th row starts in the text.
 *  2. `validRows` parses one slice at a time from those offsets and yields the rows to write, so the
 *     importer holds one chunk of customers at a time, never all 100,000.
 * papaparse always gets the decoded string, never the File (its File streaming mangles multibyte
 * characters at slice boundaries; see decode.ts).
 */
import Papa from 'papaparse';
import { crmKey, handleKey, type CustomerInput } from '@/utils/db/customers-repo';
import { parseHandle } from '@/utils/x/handle';
import { setOwn } from '@/utils/own-keys';
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemSayer } from '@/utils/i18n/problems';
import { CsvFileError } from './decode';
import { applyChoices, mapColumns, type ColumnChoice, type MappingPreview } from './columns';
import { restoreDefused } from './formula';

/** `row` is the spreadsheet row: the header is row 1, empty rows count (as Excel numbers them). */
export interface CsvProblem {
  row: number;
  message: string;
}

export interface CsvAnalysis {
  mapping: MappingPreview;
  delimiter: string;
  newline: Newline;
  /** Non-empty rows after the header. */
  dataRows: number;
  emptyRows: number;
  /** Rows that cannot be imported (one problem per row, its messages joined). */
  problemCount: number;
  /** The first `maxListed` problems. */
  problems: CsvProblem[];
  /** Valid rows that a later row with the same handle replaces ("later row wins"). */
  warningCount: number;
  warnings: CsvProblem[];
  /** The header row's cells, as written: the mapping can be chosen again from them. */
  headers: string[];
  /** Record key (handleKey or crmKey) -> the row that will be written for it: the last valid row with that key. */
  winners: Map<string, number>;
  /** Where pass 2 may start parsing: the text offset and row number of every `sliceRows`-th row. */
  slices: { offset: number; row: number }[];
}

/** Customers a file would write: one per distinct valid handle. */
export const rowsToWrite = (analysis: CsvAnalysis) => analysis.winners.size;

type Newline = '\n' | '\r' | '\r\n';

const say = problemSayer(customersProblems);

/**
 * papaparse's errors in the agent's language: with the delimiter given and no header mode, a row can
 * only have these two (anything else keeps papaparse's English).
 */
const PAPA_ERRORS: Record<string, 'customers.row.missingQuotes' | 'customers.row.invalidQuotes'> = {
  MissingQuotes: 'customers.row.missingQuotes',
  InvalidQuotes: 'customers.row.invalidQuotes',
};
const papaError = (e: Papa.ParseError) => {
  const key = PAPA_ERRORS[e.code];
  return key ? say(key) : e.message;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Comma, unless the header row (which the contract requires) plainly uses tabs or semicolons instead. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  if (count(',') > 0) return ',';
  if (count('\t') > 0) return '\t';
  if (count(';') > 0) return ';';
  return ',';
}

/** papaparse drops a leading BOM and counts its cursor without it: so do we, for offsets that agree. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const isEmptyRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * One CSV row as a CustomerInput, or why it cannot be imported. Cells are trimmed; empty cells are
 * absent. A cell defused against spreadsheet formulas (`'+82…`, `vip;'=1+1`, as Careline's export and
 * many CRMs write them) is read as the value it stands for (formula.ts).
 */
export function rowToCustomer(
  cells: readonly string[],
  mapping: MappingPreview,
): { input?: CustomerInput; errors: string[] } {
  const errors: string[] = [];
  const input: CustomerInput = {};
  const attributes: Record<string, string> = {};
  for (const column of mapping.columns) {
    const value = restoreDefused(cells[column.index] ?? '').trim();
    if (!value) continue;
    const target = column.target;
    // The header is the file's text: `__proto__` must be stored under its name, not set the prototype.
    if (target.kind === 'attribute') setOwn(attributes, target.name, value);
    else if (target.kind === 'field') {
      if (target.field === 'tags')
        input.tags = [
          ...new Set(
            value
              .split(';')
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ];
      else input[target.field] = value;
    }
  }
  // A file with a handle column is keyed by handle, every row needs one; a CRM export without
  // handles is keyed by customer ID (the X account is linked later, in the panel).
  if (mapping.key === 'handle') {
    if (!input.handle) errors.push(say('customers.row.missingHandle'));
    else {
      const handle = parseHandle(input.handle);
      if (handle) input.handle = handle;
      else errors.push(say('customers.row.invalidHandle', { handle: input.handle }));
    }
  } else if (mapping.key === 'customerId' && !input.customerId) errors.push(say('customers.row.missingCustomerId'));
  if (input.email && !EMAIL.test(input.email)) errors.push(say('customers.row.invalidEmail', { email: input.email }));
  const extra = cells.slice(mapping.columns.length).filter((c) => c.trim() !== '').length;
  // Usually an unquoted comma inside a value: the cells after it would land in the wrong columns.
  // Counts and row numbers stay plain digits, as a spreadsheet shows them.
  if (extra)
    errors.push(
      say('customers.row.extraCells', {
        cells: String(mapping.columns.length + extra),
        columns: String(mapping.columns.length),
      }),
    );
  if (Object.keys(attributes).length) input.attributes = attributes;
  return errors.length ? { errors } : { input, errors };
}

/** The key a valid row is written under. */
export function rowKey(input: CustomerInput): string {
  return input.handle ? handleKey(input.handle) : crmKey(input.customerId ?? '');
}

/**
 * Pass 1: validates every row and plans the import. `choices`: the agent's mapping, one per column
 * (else Careline's own from the headers). A mapping without a handle or customer ID column plans
 * nothing (key 'none'): the agent has to choose one. Throws CsvFileError for an empty file.
 */
export function analyzeCsv(
  csv: string,
  options: {
    sliceRows?: number;
    maxListed?: number;
    choices?: readonly ColumnChoice[];
    /**
     * Every valid row as pass 1 reads it, for a caller that holds the whole file anyway (the team
     * server) and so needs no pass 2. A later row with the same key replaces it (see `winners`).
     */
    onValidRow?: (input: CustomerInput, row: number) => void;
  } = {},
): CsvAnalysis {
  const text = withoutBom(csv);
  const sliceRows = options.sliceRows ?? 2_000;
  const maxListed = options.maxListed ?? 100;
  const delimiter = detectDelimiter(text);
  let mapping: MappingPreview | undefined;
  let headers: string[] = [];
  let newline: Newline = '\n';
  let row = 0;
  let offset = 0;
  let sinceSlice = sliceRows;
  const result = { dataRows: 0, emptyRows: 0, problemCount: 0, warningCount: 0 };
  const problems: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const winners = new Map<string, number>();
  const slices: CsvAnalysis['slices'] = [];

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(step) {
      const start = offset;
      // papaparse ends a file that ends with a newline with one more, empty row: not a row of the file.
      if (start >= text.length) return;
      row++;
      offset = step.meta.cursor;
      const cells = step.data;
      if (!mapping) {
        if (isEmptyRow(cells)) return;
        newline = (step.meta.linebreak as Newline) || newline;
        headers = cells;
        mapping = mapColumns(cells);
        if (options.choices) mapping = applyChoices(mapping, options.choices);
        return;
      }
      if (sinceSlice >= sliceRows) {
        slices.push({ offset: start, row });
        sinceSlice = 0;
      }
      sinceSlice++;
      if (isEmptyRow(cells)) {
        result.emptyRows++;
        return;
      }
      result.dataRows++;
      if (mapping.key === 'none') return;
      const { input, errors } = rowToCustomer(cells, mapping);
      for (const e of step.errors) errors.push(papaError(e));
      if (!input || step.errors.length) {
        result.problemCount++;
        if (problems.length < maxListed) problems.push({ row, message: errors.join('; ') });
        return;
      }
      const key = rowKey(input);
      const earlier = winners.get(key);
      if (earlier !== undefined) {
        result.warningCount++;
        const message = input.handle
          ? say('customers.row.laterWins', { handle: input.handle, earlier: String(earlier) })
          : say('customers.row.laterWinsId', { id: input.customerId ?? '', earlier: String(earlier) });
        if (warnings.length < maxListed) warnings.push({ row, message });
      }
      winners.set(key, row);
      options.onValidRow?.(input, row);
    },
  });
  if (!mapping) throw new CsvFileError(say('customers.csv.empty'));
  return { mapping, headers, delimiter, newline, ...result, problems, warnings, winners, slices };
}

/**
 * Pass 2: the rows to write, in file order, parsed one slice at a time. Rows with problems and rows
 * a later row replaces are left out; whether a file with problems may be imported at all is the
 * caller's decision (the agent's "Import valid rows only").
 */
export function* validRows(csv: string, analysis: CsvAnalysis): Generator<CustomerInput> {
  const text = withoutBom(csv);
  const { slices, mapping, winners } = analysis;
  for (let i = 0; i < slices.length; i++) {
    const slice = slices[i];
    if (!slice) continue;
    const end = slices[i + 1]?.offset ?? text.length;
    const parsed = Papa.parse<string[]>(text.slice(slice.offset, end), {
      delimiter: analysis.delimiter,
      newline: analysis.newline,
      skipEmptyLines: false,
    });
    for (let j = 0; j < parsed.data.length; j++) {
      const cells = parsed.data[j];
      if (!cells || isEmptyRow(cells)) continue;
      const { input } = rowToCustomer(cells, mapping);
      if (input && winners.get(rowKey(input)) === slice.row + j) yield input;
    }
  }
}
