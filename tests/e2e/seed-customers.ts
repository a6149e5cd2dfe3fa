/**
 * Customers and history straight into Careline's IndexedDB from one of its extension pages (raw
 * IndexedDB, like seed.ts), and reading them back: for tests about what happens to existing data.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { CustomerEventRecord, CustomerRecord } from '../../utils/db/types';
import { withSearchKeys } from './seed';

export type CustomerSeed = Pick<CustomerRecord, 'handle'> & Partial<CustomerRecord>;
export type EventSeed = Omit<CustomerEventRecord, 'id'>;

/** Opens `careline` once the schema has the customer tables (the background creates it on install). */
async function openCareline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('careline');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const ready = db.objectStoreNames.contains('customers');
      db.close();
      if (ready) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('Careline database without a customers store after 10 s');
  });
}

/** Writes customers (lower-cased handle as key, defaults for the bookkeeping fields) and events. */
export async function seedCustomers(page: Page, customers: CustomerSeed[], events: EventSeed[] = []): Promise<void> {
  await openCareline(page);
  const records: CustomerRecord[] = customers.map((c) =>
    withSearchKeys({
      displayHandle: c.handle,
      tags: [],
      attributes: {},
      createdAt: '2026-11-29T00:00:00.000Z',
      updatedAt: '2026-11-29T00:00:00.000Z',
      ...c,
      handle: c.handle.toLowerCase(),
    }),
  );
  await page.evaluate(
    async ({ records, events }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('careline');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['customers', 'events'], 'readwrite');
        for (const row of records) tx.objectStore('customers').put(row);
        for (const row of events) tx.objectStore('events').add(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { records, events },
  );
}

/** Same, from a page of its own that is closed afterwards. */
export async function seedCustomersIn(
  context: BrowserContext,
  extensionId: string,
  customers: CustomerSeed[],
  events: EventSeed[] = [],
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await seedCustomers(page, customers, events);
  await page.close();
}

export interface StoredCustomer {
  customer: CustomerRecord | undefined;
  /** That customer's events, oldest first. */
  events: CustomerEventRecord[];
  /** Events of everyone. */
  allEvents: number;
}

/** What Careline holds for `handle`, read from IndexedDB in `page` (an extension page). */
export async function readCustomer(page: Page, handle: string): Promise<StoredCustomer> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('careline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['customers', 'events'], 'readonly');
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const customer = await ask(tx.objectStore('customers').get(key));
    const events = await ask(tx.objectStore('events').getAll());
    db.close();
    return {
      customer,
      events: (events as CustomerEventRecord[])
        .filter((e) => e.customerHandle === key)
        .sort((a, b) => a.at.localeCompare(b.at)),
      allEvents: events.length,
    };
  }, handle.toLowerCase());
}
