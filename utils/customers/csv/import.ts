/**
 * Writing parsed customers to IndexedDB in chunks: one `upsertMany` transaction per chunk (bulkGet +
 * bulkPut), which is what makes 100,000 rows take seconds instead of minutes of row-at-a-time puts.
 * The next chunk is parsed and its new records built while the previous one commits, so the import
 * takes about as long as the writes alone.
 * Cancelling stops between chunks: a chunk is all-or-nothing, and chunks already written stay.
 * No history event per customer: 100,000 'import' events would bury the agents' own history.
 */
import { customersRepo, mergeCustomer, type CustomerInput, type CustomersRepo } from '@/utils/db/customers-repo';
import type { CustomerRecord } from '@/utils/db/types';

export interface ImportProgress {
  /** Customers written so far (whole chunks). */
  written: number;
  /** Customers the import will write, when known. */
  total?: number;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  /** Rows per transaction. Large enough to amortize a transaction, small enough for smooth progress. */
  chunkSize?: number;
  total?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Checked before each chunk: an abort stops the import after the chunk being written. */
  signal?: AbortSignal;
  repo?: Pick<CustomersRepo, 'upsertMany'>;
  /** One timestamp for the whole import, so its customers share an updatedAt. */
  at?: string;
}

export interface ImportResult {
  written: number;
  created: number;
  updated: number;
  cancelled: boolean;
  elapsedMs: number;
}

export const DEFAULT_CHUNK_SIZE = 5_000;

/**
 * Rows prepared between two turns of the event loop while a chunk is being written: IndexedDB's
 * answers (the chunk's read, then its commit) are tasks, which a long synchronous stretch of parsing
 * would hold back, leaving the database idle.
 */
const ROWS_PER_TURN = 250;

/** Lets queued tasks run (a message round trip: no timer clamping in a loop). */
function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function importCustomers(
  rows: Iterable<CustomerInput> | AsyncIterable<CustomerInput>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const {
    chunkSize = DEFAULT_CHUNK_SIZE,
    total,
    onProgress,
    signal,
    repo = customersRepo(),
    at = new Date().toISOString(),
  } = options;
  const started = performance.now();
  const result: ImportResult = { written: 0, created: 0, updated: 0, cancelled: false, elapsedMs: 0 };
  let chunk: CustomerInput[] = [];
  // What each row of `chunk` makes as a new customer: built outside the transaction (upsertMany).
  let fresh: CustomerRecord[] = [];
  // One chunk is being written while the next is parsed: IndexedDB commits outside this thread, so
  // the parsing overlaps the write instead of waiting for it. Never more than one write in flight
  // (chunks stay in file order; a failed write stops the import before the next one starts).
  let writing: Promise<void> = Promise.resolve();
  let inFlight = false;

  async function write(rows: CustomerInput[], records: CustomerRecord[]): Promise<void> {
    const { created, updated } = await repo.upsertMany(rows, at, records);
    result.written += rows.length;
    result.created += created;
    result.updated += updated;
    const elapsedMs = performance.now() - started;
    onProgress?.({
      written: result.written,
      total,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (result.written * 1000) / elapsedMs : 0,
    });
  }

  async function flush(): Promise<void> {
    const rows = chunk;
    const records = fresh;
    chunk = [];
    fresh = [];
    await writing;
    // Cancelled while the previous chunk was being written: this one is not started.
    if (signal?.aborted) {
      result.cancelled = true;
      return;
    }
    inFlight = true;
    writing = write(rows, records).finally(() => {
      inFlight = false;
    });
  }

  try {
    for await (const row of rows) {
      if (result.cancelled || (chunk.length === 0 && signal?.aborted)) {
        result.cancelled = true;
        break;
      }
      chunk.push(row);
      fresh.push(mergeCustomer(row, undefined, at));
      if (inFlight && chunk.length % ROWS_PER_TURN === 0) await nextTurn();
      if (chunk.length >= chunkSize) await flush();
    }
    if (chunk.length && !signal?.aborted) await flush();
    else if (chunk.length) result.cancelled = true;
  } finally {
    // Settle the write in flight before returning or rethrowing: its chunk is written or not, never half.
    await writing.catch(() => undefined);
  }
  await writing;
  result.elapsedMs = performance.now() - started;
  return result;
}
