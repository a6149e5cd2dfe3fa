/**
 * One customer import, as the options page's worker runs it: `analyze` a chosen file (decode, pass 1),
 * then `import` it (pass 2 + chunked writes) once the page says so, or `cancel`. The protocol is plain
 * data so the same session runs in a Web Worker or, if a worker cannot start, in the page itself.
 */
import type { CustomersRepo } from '@/utils/db/customers-repo';
import type { ColumnMapping } from './columns';
import { CsvFileError, decodeFile, type CsvEncoding } from './decode';
import { DEFAULT_CHUNK_SIZE, importCustomers, type ImportProgress, type ImportResult } from './import';
import { analyzeCsv, rowsToWrite, validRows, type CsvAnalysis, type CsvProblem } from './parse';

export interface ImportPreview {
  fileName: string;
  bytes: number;
  encoding: CsvEncoding;
  columns: ColumnMapping[];
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

export type ImportRequest =
  | { type: 'analyze'; file: Blob & { name?: string } }
  /** `validOnly` is the agent's explicit choice; a file with problems is refused without it. */
  | { type: 'import'; validOnly: boolean; chunkSize?: number }
  | { type: 'cancel' };

export type ImportReply =
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string; written?: number };

/** How many problems and warnings travel to the page: the first ones are what the agent reads. */
const LISTED = 100;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createImportSession(post: (reply: ImportReply) => void, repo?: Pick<CustomersRepo, 'upsertMany'>) {
  let loaded: { text: string; analysis: CsvAnalysis } | undefined;
  let abort: AbortController | undefined;

  async function analyze(file: Blob & { name?: string }): Promise<void> {
    const started = performance.now();
    loaded = undefined;
    try {
      const { text, encoding } = await decodeFile(file);
      const analysis = analyzeCsv(text, { maxListed: LISTED });
      loaded = { text, analysis };
      post({
        type: 'preview',
        preview: {
          fileName: file.name ?? 'customers.csv', bytes: file.size, encoding, columns: analysis.mapping.columns,
          dataRows: analysis.dataRows, emptyRows: analysis.emptyRows,
          problemCount: analysis.problemCount, problems: analysis.problems,
          warningCount: analysis.warningCount, warnings: analysis.warnings,
          toWrite: rowsToWrite(analysis), analyzeMs: performance.now() - started,
        },
      });
    } catch (e) {
      post({ type: 'failed', message: e instanceof CsvFileError ? e.message : `Could not read the file: ${messageOf(e)}` });
    }
  }

  async function run(validOnly: boolean, chunkSize = DEFAULT_CHUNK_SIZE): Promise<void> {
    if (!loaded) return post({ type: 'failed', message: 'Choose a file first.' });
    const { text, analysis } = loaded;
    if (analysis.problemCount > 0 && !validOnly) {
      return post({ type: 'failed', message: `Nothing imported: ${analysis.problemCount} rows have problems.` });
    }
    abort = new AbortController();
    let written = 0;
    try {
      const result = await importCustomers(validRows(text, analysis), {
        chunkSize, repo, signal: abort.signal, total: rowsToWrite(analysis),
        onProgress: (progress) => {
          written = progress.written;
          post({ type: 'progress', progress });
        },
      });
      post({ type: 'done', result });
    } catch (e) {
      // Each chunk is one transaction: the failed one left nothing behind, earlier ones stay.
      post({ type: 'failed', message: `Import stopped after ${written} customers: ${messageOf(e)}`, written });
    } finally {
      // The text and plan are for one import: let them go.
      loaded = undefined;
      abort = undefined;
    }
  }

  return function handle(request: ImportRequest): Promise<void> {
    if (request.type === 'analyze') return analyze(request.file);
    if (request.type === 'import') return run(request.validOnly, request.chunkSize);
    abort?.abort();
    return Promise.resolve();
  };
}
