/**
 * Test data straight into Careline's IndexedDB, from one of its own extension pages (the same
 * origin as the panel). Used where a test is about the panel, not about importing.
 */
import type { BrowserContext } from '@playwright/test';
import type { CustomerEventRecord, CustomerRecord, TemplateRecord } from '../../utils/db/types';

export type TemplateSeed = Pick<TemplateRecord, 'id' | 'title' | 'body'> & Partial<TemplateRecord>;

export async function seedTemplates(context: BrowserContext, extensionId: string, seeds: TemplateSeed[]): Promise<void> {
  const records: TemplateRecord[] = seeds.map((s) => ({
    locked: false, usageCount: 0, createdAt: '2026-11-29T00:00:00.000Z', updatedAt: '2026-11-29T00:00:00.000Z', ...s,
  }));
  await seedRows(context, extensionId, 'templates', records);
}

export type CustomerSeed = Pick<CustomerRecord, 'handle'> & Partial<CustomerRecord>;

export async function seedCustomers(context: BrowserContext, extensionId: string, seeds: CustomerSeed[]): Promise<void> {
  const records: CustomerRecord[] = seeds.map((s) => ({
    displayHandle: s.handle, tags: [], attributes: {}, createdAt: '2026-11-29T00:00:00.000Z', updatedAt: '2026-11-29T00:00:00.000Z',
    ...s, handle: s.handle.toLowerCase(),
  }));
  await seedRows(context, extensionId, 'customers', records);
}

export async function seedEvents(context: BrowserContext, extensionId: string, events: Omit<CustomerEventRecord, 'id'>[]): Promise<void> {
  await seedRows(context, extensionId, 'events', events);
}

async function seedRows(context: BrowserContext, extensionId: string, store: string, records: unknown[]): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(async ([storeName, rows]) => {
    // Wait for the background's first-install seed: the database then exists at its current version (3, x10 in IndexedDB).
    for (let i = 0; i < 100; i++) {
      const dbs = await indexedDB.databases();
      if (dbs.some((d) => d.name === 'careline' && (d.version ?? 0) >= 30)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('careline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(storeName, 'readwrite');
      for (const row of rows) tx.objectStore(storeName).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, [store, records] as const);
  await page.close();
}
