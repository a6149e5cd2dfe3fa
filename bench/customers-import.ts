/**
 * Importing 100,000 customers from a CSV through the options page, as an agent would: choose the file
 * in "Import customers" and wait for "Imported 100000 customers". Timed inside the page, from the
 * input's change event to the status on screen (decode, parse, validate, write, progress), like
 * bench/pack-import.ts. Also: the JS heap of the page and of the import worker, sampled over CDP, at
 * two file sizes (memory that does not grow with the file); in the same page, for the same records,
 * Dexie `customers.put` awaited row by row and `customers.bulkPut` in chunks (the write ceiling).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { CarelineDatabase } from '../utils/db/database';
import type { CustomerInput, mergeCustomer } from '../utils/db/customers-repo';
import type { CustomerRecord } from '../utils/db/types';
import { NAME_SHIM } from './browser';
import { customerCsv, generateCustomerRows } from './customer-rows';
import { heapSampler, type HeapSampler } from './heap';
import { round } from './stats';
import { timeImportUntilStatus } from './timed-import';

export interface ImportRun {
  rows: number;
  bytes: number;
  ms: number;
  rowsPerSecond: number;
  /** Page heap: peak during the import minus the heap after a GC just before it (sampled rounds only). */
  pageHeapPeakDeltaMB?: number;
  /** Page heap after a GC just before the import, its peak during it, and after a GC once it is done. */
  pageHeapMB?: { before: number; peak: number; after: number };
  /** The import worker's heap at its peak (the worker is new for every file; sampled rounds only). */
  workerHeapPeakMB?: number;
}

export interface Rate {
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

export interface CustomerImportFigures {
  /** Where the import ran: the options page's Web Worker, or the page (fallback). */
  thread: string;
  /** 100,000 new customers into an empty table. */
  fresh: ImportRun;
  /** The same file again: 100,000 updates (bulkGet + merge + bulkPut), heaps sampled. */
  reimport: ImportRun;
  /** The first 20,000 rows again, heaps sampled: set against `reimport`, what grows with the file. */
  smaller: ImportRun;
  /** Dexie `customers.put` awaited one by one, 5,000 rows, in the same page. */
  rowAtATime: Rate;
  /** Dexie `customers.bulkPut` of as many rows in 5,000-row chunks, same page: the write ceiling right now. */
  bulkPutCeiling: Rate;
  /** The same bulkPut again, right after the first import (the machine's load drifts). */
  bulkPutAfter: Rate;
  /** fresh import ms ÷ the mean of the two bulkPut runs: the import's cost over the writes alone. */
  vsBulkPut: number;
  /** fresh rows/s ÷ row-at-a-time rows/s. */
  ratio: number;
  /** Sampled customers read back raw from IndexedDB equal the generated rows, field by field. */
  koreanExact: boolean;
  sampled: number;
}

const MB = 1024 * 1024;
const ROOT = path.resolve(import.meta.dirname, '..');

/** One import through the page, timed in-page from the change event to "Imported N customers". */
async function timedImport(page: Page, file: string, rows: number, sampler?: HeapSampler): Promise<ImportRun> {
  const base = sampler ? await sampler.start() : 0;
  const ms = await timeImportUntilStatus(page, 'Import customers', file, 'customers', 600_000, 'Import');
  const peaks = sampler?.stop();
  const after = sampler ? await sampler.after() : 0;
  const text = await page
    .getByRole('status')
    .filter({ hasText: /^Imported/ })
    .textContent();
  if (text !== `Imported ${rows} customers`) throw new Error(`customer import said "${text}"`);
  return {
    rows,
    bytes: statSync(file).size,
    ms: round(ms, 0),
    rowsPerSecond: Math.round((rows * 1000) / ms),
    ...(peaks
      ? {
          pageHeapPeakDeltaMB: round((peaks.page - base) / MB, 1),
          pageHeapMB: { before: round(base / MB, 1), peak: round(peaks.page / MB, 1), after: round(after / MB, 1) },
          workerHeapPeakMB: round(peaks.worker / MB, 1),
        }
      : {}),
  };
}

/** Careline's database class and merge, bundled for the page: the baselines write the same records as the import. */
async function dexieBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "export { CarelineDatabase } from '@/utils/db/database';\nexport { mergeCustomer } from '@/utils/db/customers-repo';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__importBench',
    platform: 'browser',
    minify: true,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface BenchGlobals {
  CarelineDatabase: typeof CarelineDatabase;
  mergeCustomer: typeof mergeCustomer;
}

/**
 * In a database of its own (deleted after), in the options page, with the records the import writes
 * for the same rows: `customers.put` awaited one by one for the first `rowwiseRows` (an import
 * without chunking), then `customers.bulkPut` of all of them in 5,000-row chunks (no parsing, no
 * bulkGet): the write ceiling under the machine's current load, to read the import's figure against.
 */
async function baselines(
  page: Page,
  rows: string[][],
  rowwiseRows: number,
): Promise<{ rowwiseMs: number; bulkMs: number }> {
  await page.evaluate(await dexieBundle());
  return page.evaluate(
    async ({ rows, rowwiseRows }) => {
      const bench = (window as unknown as { __importBench: BenchGlobals }).__importBench;
      const db = new bench.CarelineDatabase('careline-bench-import');
      const at = new Date().toISOString();
      const records = rows.map(([handle = '', name, customerId, phone, email, plan, tags, note, store]) => {
        const input: CustomerInput = {
          handle,
          name,
          customerId,
          phone,
          email,
          plan,
          tags: tags?.split(';'),
          note,
          attributes: store ? { 가입매장: store } : undefined,
        };
        return bench.mergeCustomer(input, undefined, at);
      });
      try {
        await db.open();
        let started = performance.now();
        for (const record of records.slice(0, rowwiseRows)) await db.customers.put(record);
        const rowwiseMs = performance.now() - started;
        await db.delete();
        await db.open();
        started = performance.now();
        for (let i = 0; i < records.length; i += 5_000) await db.customers.bulkPut(records.slice(i, i + 5_000));
        return { rowwiseMs, bulkMs: performance.now() - started };
      } finally {
        await db.delete();
      }
    },
    { rows, rowwiseRows },
  );
}

/** Customers as stored, read with the raw IndexedDB API (what is there, not what Careline says). */
function storedCustomers(page: Page, keys: string[]): Promise<(CustomerRecord | undefined)[]> {
  return page.evaluate(async (keys) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('careline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('customers').objectStore('customers');
    const found = await Promise.all(
      keys.map(
        (key) =>
          new Promise<CustomerRecord | undefined>((resolve, reject) => {
            const get = store.get(key);
            get.onsuccess = () => resolve(get.result as CustomerRecord | undefined);
            get.onerror = () => reject(get.error);
          }),
      ),
    );
    db.close();
    return found;
  }, keys);
}

export async function benchCustomerImport(
  context: BrowserContext,
  extensionId: string,
  rows = 100_000,
): Promise<CustomerImportFigures> {
  const all = generateCustomerRows(rows);
  const smallRows = Math.round(rows / 5);
  // Chosen from disk, as an agent does: a Buffer would go through the page's JS heap (Playwright
  // builds the File in the page), which is Playwright's cost, not Careline's.
  const dir = mkdtempSync(path.join(tmpdir(), 'careline-bench-csv-'));
  const full = path.join(dir, `customers-${rows}.csv`);
  const small = path.join(dir, `customers-${smallRows}.csv`);
  writeFileSync(full, customerCsv(all));
  writeFileSync(small, customerCsv(all.slice(0, smallRows)));
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // The bench runner installs it for the context; again here so this bench also runs on its own.
    await page.evaluate(NAME_SHIM);
    await page.getByText(/^Customers saved: \d/).waitFor();

    const rowwiseRows = 5_000;
    const step = (what: string, ms: number) => console.log(`  ${what}: ${(ms / 1000).toFixed(1)} s`);
    const base = await baselines(page, all, rowwiseRows);
    step(`put ${rowwiseRows} one by one`, base.rowwiseMs);
    step(`bulkPut ${rows}`, base.bulkMs);
    const rate = (n: number, ms: number): Rate => ({
      rows: n,
      ms: round(ms, 0),
      rowsPerSecond: Math.round((n * 1000) / ms),
    });
    const rowAtATime = rate(rowwiseRows, base.rowwiseMs);
    const bulkPutCeiling = rate(rows, base.bulkMs);

    // The first import is timed with nothing attached to the worker; the heaps are sampled over CDP
    // during the re-import of all rows and of the first fifth (what grows with the file).
    const fresh = await timedImport(page, full, rows);
    step(`import ${rows}`, fresh.ms);
    const bulkPutAfter = rate(rows, (await baselines(page, all, 0)).bulkMs);
    step(`bulkPut ${rows} again`, bulkPutAfter.ms);
    const sampler = await heapSampler(page, context);
    const reimport = await timedImport(page, full, rows, sampler);
    step(`re-import ${rows}`, reimport.ms);
    const smaller = await timedImport(page, small, smallRows, sampler);
    await sampler.detach();
    const thread = (await page.locator('[data-import-thread]').getAttribute('data-import-thread')) ?? 'unknown';

    // Every 997th row, plus the last: stored exactly as generated (Korean, quotes, line breaks).
    const sample = all.filter((_, i) => i % 997 === 0 || i === rows - 1);
    const stored = await storedCustomers(
      page,
      sample.map((r) => (r[0] ?? '').toLowerCase()),
    );
    const koreanExact = sample.every((r, i) => {
      const c = stored[i];
      return (
        !!c &&
        c.displayHandle === r[0] &&
        c.name === r[1] &&
        c.customerId === r[2] &&
        c.plan === r[5] &&
        (c.note ?? '') === r[7] &&
        c.attributes['가입매장'] === r[8]
      );
    });
    return {
      thread,
      fresh,
      reimport,
      smaller,
      rowAtATime,
      bulkPutCeiling,
      bulkPutAfter,
      vsBulkPut: round(fresh.ms / ((bulkPutCeiling.ms + bulkPutAfter.ms) / 2), 2),
      ratio: round(fresh.rowsPerSecond / rowAtATime.rowsPerSecond, 1),
      koreanExact,
      sampled: sample.length,
    };
  } finally {
    // The imported customers go: later benches start from an empty customers table.
    await page
      .evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('careline');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const clear = db.transaction('customers', 'readwrite').objectStore('customers').clear();
          clear.onsuccess = resolve;
          clear.onerror = () => reject(clear.error);
        });
        db.close();
      })
      .catch(() => undefined);
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
