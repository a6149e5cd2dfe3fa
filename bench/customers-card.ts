/**
 * The customer card's data at scale: 100,000 customers and 1,000,000 events generated in an
 * extension page with the schema as released in v3, then upgraded by the real migration 3 -> 4 (which
 * moves each customer's newest notes onto the record; timed), then the card lookup the panel runs —
 * customer get (record, recent notes, handoffs) + newest events — timed in-page with performance.now()
 * for random handles, interleaved with the floor: one Dexie `get` plus one index range read of the 21 newest
 * events on the same database, which is all the card needs.
 * Our own repositories are bundled with esbuild and run in the page, so this measures the code the
 * panel runs against real Chromium IndexedDB. Data goes into a database of its own, deleted after, or
 * (`into`) straight into Careline's own, emptied after.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { CarelineDatabase } from '../utils/db/database';
import { NAME_SHIM } from './browser';
import { bundle, generateCustomers, generateEvents, type BenchWindow } from './card-data';
import { summarize, type Summary } from './stats';

const DB_NAME = 'careline-bench-card';

export interface CustomerCardOptions {
  customers?: number;
  events?: number;
  /** Lookups per mode (sequential, parallel). */
  lookups?: number;
  /** Generation stops here (the figures say how much was generated). */
  deadlineMs?: number;
  /**
   * Generate straight into the current schema of this database (e.g. Careline's own `careline`, so the
   * panel reads it too) instead of schema v3 in a bench database upgraded by migration 3 -> 4. The
   * tables are emptied by `cleanup`, which the caller runs when it is done with the data.
   */
  into?: string;
}

export interface CustomerCardFigures {
  customers: number;
  /** Events generated: fewer than asked for when the deadline stopped generation (a loaded machine). */
  events: number;
  eventsRequested: number;
  generation: { customersMs: number; customersPerSec: number; eventsMs: number; eventsPerSec: number };
  /** Migration 3 -> 4 over the generated data (notes onto customer records), opening to ready; 0 with `into`. */
  migrationMs: number;
  /** The floor: Dexie `customers.get` and the 21 newest events by `[customerHandle+at]`, in one Promise.all. */
  floor: Summary;
  /** panel p95 ÷ floor p95, same run, same database, lookups interleaved. */
  ratio: number;
  /** get, then newest 50: one after another. */
  sequential: Summary;
  /** The same two requests in one Promise.all (what the panel does). */
  parallel: Summary;
  /** utils/customers/card.ts loadCard(handle, 20): exactly what the panel's card asks for (first page of 20). */
  panel: Summary;
  /** Parallel, for the 20 most active customers (thousands of events each, hundreds of notes). */
  heavy: Summary;
  /** Events the heaviest customer has. */
  heaviestEvents: number;
  /** Each request alone (uniform handles): where a lookup's time goes. */
  parts: { get: Summary; newest50: Summary };
}

export type CustomerCardRun = CustomerCardFigures & { cleanup: () => Promise<void> };

/** Closes the v3 database and opens the current one: the real migration 3 -> 4 runs. Returns ms. */
function migrate(page: Page, dbName: string): Promise<number> {
  return page.evaluate(async (name) => {
    const w = window as unknown as BenchWindow;
    w.__cardDb?.close();
    const started = performance.now();
    w.__cardDb = new w.__cardBench.CarelineDatabase(name);
    await w.__cardDb.open();
    return performance.now() - started;
  }, dbName);
}

/** Card lookups for `handles`, each mode timed per lookup; modes interleaved so all see the same cache state. */
function lookups(
  page: Page,
  handles: { seq: string[]; par: string[]; panel: string[]; floor: string[]; heavy: string[] },
) {
  return page.evaluate(async (h) => {
    const w = window as unknown as BenchWindow;
    const customers = w.__cardBench.customersRepo(w.__cardDb);
    const events = w.__cardBench.eventsRepo(w.__cardDb);
    const sequential = async (handle: string) => {
      const t = performance.now();
      await customers.get(handle);
      await events.newest(handle, 50);
      return performance.now() - t;
    };
    const parallel = async (handle: string) => {
      const t = performance.now();
      await Promise.all([customers.get(handle), events.newest(handle, 50)]);
      return performance.now() - t;
    };
    // Warm-up: first requests open the connection and fill caches; not what an agent waits for per tweet.
    for (const handle of h.seq.slice(0, 10)) await parallel(handle);
    const panel = async (handle: string) => {
      const t = performance.now();
      await w.__cardBench.loadCard(handle, 20, { customers, events });
      return performance.now() - t;
    };
    const db = w.__cardDb as CarelineDatabase;
    const floor = async (handle: string) => {
      const t = performance.now();
      await Promise.all([
        db.customers.get(handle),
        db.events
          .where('[customerHandle+at]')
          .between([handle, ''], [handle, '\uffff'], true, false)
          .reverse()
          .limit(21)
          .toArray(),
      ]);
      return performance.now() - t;
    };
    const out = {
      seq: [] as number[],
      par: [] as number[],
      heavy: [] as number[],
      panel: [] as number[],
      floor: [] as number[],
    };
    for (let i = 0; i < h.seq.length; i++) {
      out.seq.push(await sequential(h.seq[i] as string));
      out.par.push(await parallel(h.par[i] as string));
    }
    // The figure and its floor in turns, each going first every other time.
    for (let i = 0; i < h.panel.length; i++) {
      if (i % 2) out.floor.push(await floor(h.floor[i] as string));
      out.panel.push(await panel(h.panel[i] as string));
      if (!(i % 2)) out.floor.push(await floor(h.floor[i] as string));
    }
    for (const handle of h.heavy) out.heavy.push(await parallel(handle));
    const parts = { get: [] as number[], newest50: [] as number[] };
    const time = async (list: number[], request: () => Promise<unknown>) => {
      const t = performance.now();
      await request();
      list.push(performance.now() - t);
    };
    for (const handle of h.seq) {
      await time(parts.get, () => customers.get(handle));
      await time(parts.newest50, () => events.newest(handle, 50));
    }
    const heaviest = (await events.newest(h.heavy[0] as string, 1_000_000)).length;
    return { ...out, parts, heaviest };
  }, handles);
}

export async function benchCustomerCard(
  context: BrowserContext,
  extensionId: string,
  options: CustomerCardOptions = {},
): Promise<CustomerCardRun> {
  const customerCount = options.customers ?? 100_000;
  const eventCount = options.events ?? 1_000_000;
  const perMode = options.lookups ?? 200;
  /** The figure and its floor: more lookups, so their p95 are not a handful of samples. */
  const perRatio = perMode * 5;
  const deadline = Date.now() + (options.deadlineMs ?? 150_000);
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(NAME_SHIM);
    await page.evaluate(
      (name) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = resolve;
          request.onerror = () => reject(request.error);
        }),
      DB_NAME,
    );
    // Evaluated through DevTools, not a <script>: extension pages' CSP refuses inline scripts.
    await page.evaluate(`${await bundle()}\nwindow.__cardBench = __cardBench; undefined`);

    const customersMs = await generateCustomers(page, 0, customerCount, DB_NAME, options.into);
    let eventsMs = 0;
    let events = 0;
    // 100,000 per evaluate: progress between them, and a deadline so the bench stays bounded.
    while (events < eventCount && Date.now() < deadline) {
      const to = Math.min(eventCount, events + 100_000);
      eventsMs += await generateEvents(page, events, to, customerCount);
      events = to;
    }

    // Uniform random handles (deterministic LCG), a fresh set for each mode so none profits from another's cache.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % customerCount;
    const pick = (n = perMode) => Array.from({ length: n }, () => `customer_${next()}`);
    const heavy = Array.from({ length: 20 }, (_, i) => `customer_${i}`);
    const migrationMs = options.into ? 0 : await migrate(page, DB_NAME);
    const timed = await lookups(page, {
      seq: pick(),
      par: pick(),
      panel: pick(perRatio),
      floor: pick(perRatio),
      heavy,
    });
    const panel = summarize(timed.panel);
    const floor = summarize(timed.floor);

    return {
      customers: customerCount,
      events,
      eventsRequested: eventCount,
      generation: {
        customersMs,
        customersPerSec: Math.round(customerCount / (customersMs / 1000)),
        eventsMs,
        eventsPerSec: Math.round(events / (eventsMs / 1000)),
      },
      migrationMs,
      sequential: summarize(timed.seq),
      parallel: summarize(timed.par),
      panel,
      floor,
      ratio: Math.round((panel.p95 / floor.p95) * 100) / 100,
      heavy: summarize(timed.heavy),
      heaviestEvents: timed.heaviest,
      parts: { get: summarize(timed.parts.get), newest50: summarize(timed.parts.newest50) },
      cleanup: () => cleanup(page),
    };
  } catch (error) {
    await cleanup(page);
    throw error;
  }
}

/** Deletes the bench database, or empties the generated tables of Careline's own (open in other pages). */
async function cleanup(page: Page): Promise<void> {
  await page
    .evaluate(async (bench) => {
      const w = window as unknown as BenchWindow;
      const db = w.__cardDb;
      if (db?.name === bench) await db.delete();
      else if (db) await Promise.all([db.customers.clear(), db.events.clear()]);
    }, DB_NAME)
    .catch(() => undefined);
  await page.close();
}
