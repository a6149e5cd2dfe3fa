/**
 * The card bench's data: our repositories bundled for the page, and deterministic customers and
 * events written through them (the import's and the panel's own write paths).
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import type { customersRepo } from '../utils/db/customers-repo';
import type { CarelineDatabase } from '../utils/db/database';
import type { eventsRepo } from '../utils/db/events-repo';
import type { loadCard } from '../utils/customers/card';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface BenchGlobals {
  CarelineDatabase: typeof CarelineDatabase;
  /** The database as released in schema v3 (what generation writes; opening CarelineDatabase then migrates). */
  openV3: (name: string) => CarelineDatabase;
  customersRepo: typeof customersRepo;
  eventsRepo: typeof eventsRepo;
  loadCard: typeof loadCard;
}
export type BenchWindow = Window & { __cardBench: BenchGlobals; __cardDb?: CarelineDatabase };

/** Our repositories (and Dexie) as one script exposing them on window.__cardBench. */
export async function bundle(): Promise<string> {
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
export function generateCustomers(
  page: Page,
  from: number,
  to: number,
  dbName: string,
  into?: string,
): Promise<number> {
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
    { from, to, dbName, into },
  );
}

/**
 * Writes events [from, to) in 10,000-row bulkAdd chunks. Deterministic: event i belongs to customer
 * floor(N·u²) for a hashed u, so a few customers have thousands of events and most have a handful,
 * like a real care queue. Returns ms.
 */
export function generateEvents(page: Page, from: number, to: number, customers: number): Promise<number> {
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
