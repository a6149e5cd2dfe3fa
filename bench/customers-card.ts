/**
 * The customer card's data at scale (issue 4): 100,000 customers and 1,000,000 events generated in an
 * extension page with the schema as released in v3, then upgraded by the real migration 3 -> 4 (which
 * moves each customer's newest notes onto the record; timed), then the card lookup the panel runs —
 * customer get (record, recent notes, handoffs) + newest events — timed in-page with performance.now()
 * for random handles, interleaved with the floor: one Dexie `get` plus one index range read of the 21 newest
 * events on the same database, which is all the card needs.
 * Our own repositories are bundled with esbuild and run in the page, so this measures the code the
 * panel runs against real Chromium IndexedDB. Data goes into a database of its own, deleted after.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from '@playwright/test';
import type { customersRepo } from '../utils/db/customers-repo';
import type { CarelineDatabase } from '../utils/db/database';
import type { eventsRepo } from '../utils/db/events-repo';
import type { loadCard } from '../utils/customers/card';
import { NAME_SHIM } from './browser';
import { summarize, type Summary } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
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

interface BenchGlobals {
  CarelineDatabase: typeof CarelineDatabase;
  /** The database as released in schema v3 (what generation writes; opening CarelineDatabase then migrates). */
  openV3: (name: string) => CarelineDatabase;
  customersRepo: typeof customersRepo;
  eventsRepo: typeof eventsRepo;
  loadCard: typeof loadCard;
}
type BenchWindow = Window & { __cardBench: BenchGlobals; __cardDb?: CarelineDatabase };

export type CustomerCardRun = CustomerCardFigures & { cleanup: () => Promise<void> };

/** Our repositories (and Dexie) as one script exposing them on window.__cardBench. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "export { CarelineDatabase } from '@/utils/db/database';",
        "import Dexie from 'dexie';",
        "import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '@/utils/db/schema';",
        // Dexie defines a property per table (db.customers, db.events), so the v3 instance fits the repos.
        'export function openV3(name) { const db = new Dexie(name); db.version(1).stores(SCHEMA_V1); db.version(2).stores(SCHEMA_V2); db.version(3).stores(SCHEMA_V3); return db; }',
        "export { customersRepo } from '@/utils/db/customers-repo';",
        "export { eventsRepo } from '@/utils/db/events-repo';",
        "export { loadCard } from '@/utils/customers/card';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__cardBench',
    platform: 'browser',
    minify: true,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Writes customers [from, to) through customersRepo().upsertMany (the import's write path). Returns ms. */
function generateCustomers(page: Page, from: number, to: number, into?: string): Promise<number> {
  return page.evaluate(
    async ({ from, to, dbName, into }) => {
      const w = window as unknown as BenchWindow;
      w.__cardDb ??= into ? new w.__cardBench.CarelineDatabase(into) : w.__cardBench.openV3(dbName);
      const repo = w.__cardBench.customersRepo(w.__cardDb);
      const family = ['김', '이', '박', '최', '정', '강', '조', '윤', 'Smith', 'Lee'];
      const given = ['민지', '서준', '하은', '도윤', '지우', 'Jordan', 'Alex', '수아', '예준', '지호'];
      const plans = ['5G 프리미엄', '5G 스탠다드', 'LTE 베이직', 'Family 100GB'];
      const started = performance.now();
      for (let start = from; start < to; start += 5000) {
        const chunk = [];
        for (let i = start; i < Math.min(to, start + 5000); i++) {
          chunk.push({
            handle: `Customer_${i}`,
            name: `${family[i % 10]}${given[Math.floor(i / 10) % 10]}`,
            customerId: `C-${100000 + i}`,
            phone: `010-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')}`,
            plan: plans[i % 4],
            tags: i % 7 === 0 ? ['vip'] : [],
            attributes: { 지역: i % 2 ? '서울' : '부산', device: `Galaxy S${20 + (i % 6)}` },
          });
        }
        await repo.upsertMany(chunk, '2026-11-29T00:00:00.000Z');
      }
      return performance.now() - started;
    },
    { from, to, dbName: DB_NAME, into },
  );
}

/**
 * Writes events [from, to) in 10,000-row bulkAdd chunks. Deterministic: event i belongs to customer
 * floor(N·u²) for a hashed u, so a few customers have thousands of events and most have a handful,
 * like a real care queue. Returns ms.
 */
function generateEvents(page: Page, from: number, to: number, customers: number): Promise<number> {
  return page.evaluate(
    async ({ from, to, customers }) => {
      const w = window as unknown as BenchWindow;
      const repo = w.__cardBench.eventsRepo(w.__cardDb);
      const kinds = [
        'reply-sent',
        'reply-sent',
        'reply-sent',
        'reply-sent',
        'reply-sent',
        'reply-sent',
        'reply-sent',
        'note',
        'note',
        'handoff',
      ] as const;
      const texts = [
        '불편을 드려 죄송합니다. 유심을 교체해 드리겠습니다.',
        'Thanks for reaching out, we are checking your line now.',
        '대리점 방문 예정, 재연락 필요',
        '요금제 변경 문의',
      ];
      // splitmix32-style hash of the index: the same data in every run, without a sequential PRNG.
      const hash = (n: number) => {
        let z = (n + 0x9e3779b9) | 0;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
      };
      const end = Date.parse('2026-11-29T00:00:00.000Z');
      const started = performance.now();
      for (let start = from; start < to; start += 10000) {
        const chunk = [];
        for (let i = start; i < Math.min(to, start + 10000); i++) {
          const u = hash(i);
          chunk.push({
            customerHandle: `customer_${Math.floor(customers * u * u)}`,
            kind: kinds[i % 10] ?? 'note',
            at: new Date(end - Math.floor(hash(i + 7_777_777) * 365 * 86_400_000)).toISOString(),
            agent: i % 3 ? '상담원 A' : 'Agent B',
            statusId: String(1991000000000000000n + BigInt(i)),
            text: texts[i % 4],
          });
        }
        await repo.bulkAdd(chunk);
      }
      return performance.now() - started;
    },
    { from, to, customers },
  );
}

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

    const customersMs = await generateCustomers(page, 0, customerCount, options.into);
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
