/**
 * One customer import, as the options page's worker runs it: `analyze` a chosen file (decode, pass 1),
 * then `import` it (pass 2 + chunked writes) once the page says so, or `cancel`. The protocol is plain
 * data so the same session runs in a Web Worker or, if a worker cannot start, in the page itself.
 */
import type { CustomersRepo } from '@/utils/db/customers-repo';
import type { Locale } from '@/utils/i18n/locale';
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemSayer, setProblemLocale } from '@/utils/i18n/problems';
import { plural } from '@/utils/i18n/translate';
import { type ColumnChoice, type ColumnMapping, type ImportKey } from './columns';
import { CsvFileError, decodeFile, type CsvEncoding } from './decode';
import { DEFAULT_CHUNK_SIZE, importCustomers, type ImportProgress, type ImportResult } from './import';
import { analyzeCsv, rowsToWrite, validRows, type CsvAnalysis, type CsvProblem } from './parse';
import { errorText } from '@/utils/error-text';

export interface ImportPreview {
  fileName: string;
  bytes: number;
  encoding: CsvEncoding;
  columns: ColumnMapping[];
  /** What the rows are keyed by; 'none' until a column is mapped to the handle or the customer ID. */
  key: ImportKey;
  dataRows: number;
  emptyRows: number;
  /** Rows that cannot be imported, and the first of them. */
  problemCount: number;
  problems: CsvProblem[];
  /** Rows replaced by a later row with the same handle, and the first of them. */
  warningCount: number;
  warnings: CsvProblem[];
  /** Customers the import writes (one per distinct valid handle). */
  toWrite: number;
  /** Decode + validate, in the session's thread. */
  analyzeMs: number;
}

/**
 * `locale`: the language of the page that asks, for the problems this session reports (a worker
 * has no storage to read the agent's setting from).
 */
export type ImportRequest =
  | { type: 'analyze'; file: Blob & { name?: string }; locale?: Locale }
  /** The agent changed the column mapping in the preview: one choice per column, by position. */
  | { type: 'remap'; choices: ColumnChoice[]; locale?: Locale }
  /** `validOnly` is the agent's explicit choice; a file with problems is refused without it. */
  | { type: 'import'; validOnly: boolean; chunkSize?: number; locale?: Locale }
  | { type: 'cancel' };

export type ImportReply =
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string; written?: number };

/** How many problems and warnings travel to the page: the first ones are what the agent reads. */
const LISTED = 100;

const say = problemSayer(customersProblems);

/**
 * True for a write refused because the origin's storage is full: the DOMException itself, or Dexie's
 * wrapping of it (AbortError / BulkError with `inner` or `failures`).
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  return failures.some((f) => isQuotaExceeded(f, depth + 1));
}

/**
 * The storage-full alert. Chunks are all-or-nothing, so exactly `written` customers (whole earlier
 * chunks) were saved and none of the chunk that failed; importing the file again after freeing space
 * updates those and adds the rest (rows are keyed by handle, never duplicated).
 */
export function storageFullMessage(written: number, total: number, chunkSize: number): string {
  const chunk = Math.min(chunkSize, Math.max(0, total - written));
  // Numbers are grouped by the translator (1,000 in English, as before).
  return written === 0
    ? say('customers.import.storageFullNone', { chunk })
    : say('customers.import.storageFullSome', { written, total, chunkSize, chunk });
}

export function createImportSession(post: (reply: ImportReply) => void, repo?: Pick<CustomersRepo, 'upsertMany'>) {
  let loaded:
    { text: string; analysis: CsvAnalysis; file: { name?: string; size: number }; encoding: CsvEncoding } | undefined;
  let abort: AbortController | undefined;

  function previewOf(
    file: { name?: string; size: number },
    encoding: CsvEncoding,
    analysis: CsvAnalysis,
    started: number,
  ): ImportPreview {
    return {
      fileName: file.name ?? 'customers.csv',
      bytes: file.size,
      encoding,
      columns: analysis.mapping.columns,
      key: analysis.mapping.key,
      dataRows: analysis.dataRows,
      emptyRows: analysis.emptyRows,
      problemCount: analysis.problemCount,
      problems: analysis.problems,
      warningCount: analysis.warningCount,
      warnings: analysis.warnings,
      toWrite: rowsToWrite(analysis),
      analyzeMs: performance.now() - started,
    };
  }

  async function analyze(file: Blob & { name?: string }): Promise<void> {
    const started = performance.now();
    loaded = undefined;
    try {
      const { text, encoding } = await decodeFile(file);
      const analysis = analyzeCsv(text, { maxListed: LISTED });
      loaded = { text, analysis, file: { name: file.name, size: file.size }, encoding };
      post({ type: 'preview', preview: previewOf(file, encoding, analysis, started) });
    } catch (e) {
      post({
        type: 'failed',
        message: e instanceof CsvFileError ? e.message : say('customers.import.unreadable', { error: errorText(e) }),
      });
    }
  }

  /** The same file validated again under the agent's mapping: nothing is written. */
  function remap(choices: ColumnChoice[]): void {
    if (!loaded) return post({ type: 'failed', message: say('customers.import.chooseFirst') });
    const started = performance.now();
    const valid = choices.slice(0, loaded.analysis.mapping.columns.length);
    const analysis = analyzeCsv(loaded.text, { maxListed: LISTED, choices: valid });
    loaded = { ...loaded, analysis };
    post({ type: 'preview', preview: previewOf(loaded.file, loaded.encoding, analysis, started) });
  }

  async function run(validOnly: boolean, chunkSize = DEFAULT_CHUNK_SIZE): Promise<void> {
    if (!loaded) return post({ type: 'failed', message: say('customers.import.chooseFirst') });
    const { text, analysis } = loaded;
    if (analysis.mapping.key === 'none') {
      const columns = analysis.mapping.columns.map((c) => c.header).join(', ');
      return post({ type: 'failed', message: say('customers.csv.noHandleColumn', { row: '1', columns }) });
    }
    if (analysis.problemCount > 0 && !validOnly) {
      return post({
        type: 'failed',
        message: plural(say, 'customers.import.hasProblems', analysis.problemCount),
      });
    }
    abort = new AbortController();
    let written = 0;
    try {
      const result = await importCustomers(validRows(text, analysis), {
        chunkSize,
        repo,
        signal: abort.signal,
        total: rowsToWrite(analysis),
        onProgress: (progress) => {
          written = progress.written;
          post({ type: 'progress', progress });
        },
      });
      post({ type: 'done', result });
    } catch (e) {
      // Each chunk is one transaction: the failed one left nothing behind, earlier ones stay.
      const total = rowsToWrite(analysis);
      const message = isQuotaExceeded(e)
        ? storageFullMessage(written, total, chunkSize)
        : plural(say, 'customers.import.stopped', written, { error: errorText(e) });
      post({ type: 'failed', message, written });
    } finally {
      // The text and plan are for one import: let them go.
      loaded = undefined;
      abort = undefined;
    }
  }

  return function handle(request: ImportRequest): Promise<void> {
    if (request.type !== 'cancel' && request.locale) setProblemLocale(request.locale);
    if (request.type === 'analyze') return analyze(request.file);
    if (request.type === 'remap') return Promise.resolve(remap(request.choices));
    if (request.type === 'import') return run(request.validOnly, request.chunkSize);
    abort?.abort();
    return Promise.resolve();
  };
}
