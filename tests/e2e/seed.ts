/**
 * Test data straight into Careline's IndexedDB, from one of its own extension pages (the same
 * origin as the panel). Used where a test is about the panel, not about importing.
 */
import type { BrowserContext } from '@playwright/test';
import type { TemplateRecord } from '../../utils/db/types';

export type TemplateSeed = Pick<TemplateRecord, 'id' | 'title' | 'body'> & Partial<TemplateRecord>;

export async function seedTemplates(context: BrowserContext, extensionId: string, seeds: TemplateSeed[]): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const records: TemplateRecord[] = seeds.map((s) => ({
    locked: false, usageCount: 0, createdAt: '2026-11-29T00:00:00.000Z', updatedAt: '2026-11-29T00:00:00.000Z', ...s,
  }));
  await page.evaluate(async (rows) => {
    // Wait for the background's first-install seed: the database then exists at its current version.
    for (let i = 0; i < 100; i++) {
      const dbs = await indexedDB.databases();
      if (dbs.some((d) => d.name === 'careline' && (d.version ?? 0) > 1)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('careline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('templates', 'readwrite');
      for (const row of rows) tx.objectStore('templates').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
  await page.close();
}
