/**
 * Test data straight into Careline's IndexedDB, from one of its own extension pages (the same
 * origin as the panel). Used where a test is about the panel, not about importing.
 */
import type { BrowserContext } from '@playwright/test';
import { phoneTail, searchKeysOf } from '../../utils/db/customer-keys';
import type { CustomerEventRecord, CustomerRecord, TemplateRecord } from '../../utils/db/types';

export type TemplateSeed = Pick<TemplateRecord, 'id' | 'title' | 'body'> & Partial<TemplateRecord>;

export async function seedTemplates(
  context: BrowserContext,
  extensionId: string,
  seeds: TemplateSeed[],
): Promise<void> {
  const records: TemplateRecord[] = seeds.map((s) => ({
    locked: false,
    usageCount: 0,
    createdAt: '2026-11-29T00:00:00.000Z',
    updatedAt: '2026-11-29T00:00:00.000Z',
    ...s,
  }));
  await seedRows(context, extensionId, 'templates', records);
}

export type CustomerSeed = Pick<CustomerRecord, 'handle'> & Partial<CustomerRecord>;

export async function seedCustomers(
  context: BrowserContext,
  extensionId: string,
  seeds: CustomerSeed[],
): Promise<void> {
  const records: CustomerRecord[] = seeds.map((s) =>
    withSearchKeys({
      displayHandle: s.handle,
      tags: [],
      attributes: {},
      createdAt: '2026-11-29T00:00:00.000Z',
      updatedAt: '2026-11-29T00:00:00.000Z',
      ...s,
      handle: s.handle.toLowerCase(),
    }),
  );
  await seedRows(context, extensionId, 'customers', records);
}

/** The derived search fields (schema v5) Careline's own writes add, so seeded customers are found like imported ones. */
export function withSearchKeys(record: CustomerRecord): CustomerRecord {
  const tail = phoneTail(record.phone);
  return { searchKeys: searchKeysOf(record), ...(tail ? { phoneTail: tail } : {}), ...record };
}

/**
 * History events; notes also go onto their customer's record as the card's recent notes (schema v4
 * keeps copies there, newest first), as customersRepo.addNote would have put them.
 */
export async function seedEvents(
  context: BrowserContext,
  extensionId: string,
  events: Omit<CustomerEventRecord, 'id'>[],
): Promise<void> {
  await seedRows(context, extensionId, 'events', events, true);
}

async function seedRows(
  context: BrowserContext,
  extensionId: string,
  store: string,
  records: unknown[],
  notesOnRecords = false,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(
    async ([storeName, rows, withNotes]) => {
      // Wait for the background's first-install seed: the database then exists at its current version (6, x10 in IndexedDB).
      for (let i = 0; i < 100; i++) {
        const dbs = await indexedDB.databases();
        if (dbs.some((d) => d.name === 'careline' && (d.version ?? 0) >= 60)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('careline');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(withNotes ? [storeName, 'customers'] : [storeName], 'readwrite');
        for (const row of rows) {
          const put = tx.objectStore(storeName).put(row);
          const note = row as { kind?: string; customerHandle?: string; at: string };
          if (!withNotes || note.kind !== 'note' || !note.customerHandle) continue;
          put.onsuccess = () => {
            const customers = tx.objectStore('customers');
            const get = customers.get(note.customerHandle as string);
            get.onsuccess = () => {
              const record = get.result as { recentNotes?: { at: string }[] } | undefined;
              if (!record) return;
              const recent = [{ ...note, id: put.result }, ...(record.recentNotes ?? [])].sort((a, b) =>
                a.at < b.at ? 1 : a.at > b.at ? -1 : 0,
              );
              customers.put({ ...record, recentNotes: recent.slice(0, 20) });
            };
          };
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [store, records, notesOnRecords] as const,
  );
  await page.close();
}
