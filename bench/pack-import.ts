/**
 * Importing a 10,000-template pack through the options page, as a team lead would: choose the file in
 * "Import templates" and wait for "Imported 10000 templates" (read, validate, plan, one transaction,
 * and the page showing it).
 * Each round undoes the import first, so every round imports a pack Careline has not seen.
 */
import type { BrowserContext } from '@playwright/test';
import { generateTemplates } from './search';
import { summarize, type Summary } from './stats';

export interface PackImportFigures {
  templates: number;
  bytes: number;
  ms: Summary;
  samples: number[];
}

export async function benchPackImport(context: BrowserContext, extensionId: string, rounds = 3): Promise<PackImportFigures> {
  const templates = generateTemplates().map((t) => ({
    id: t.id, title: t.title, body: t.body, shortcut: t.shortcut, folder: t.folder, tags: t.tags, lang: t.lang,
  }));
  const json = JSON.stringify({
    format: 'careline-templates', version: 1,
    pack: { id: 'bench-10k', name: 'Bench 10k', updatedAt: '2026-11-29T00:00:00Z' }, templates,
  });
  const buffer = Buffer.from(json);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const input = page.getByLabel('Import templates');
  const status = page.getByRole('status').filter({ hasText: /^Imported \d+ templates$/ });
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Timed inside the page, from the input's change event (the agent has chosen the file) to the
    // status on screen: Playwright's own transfer of the 3.5 MB file is not Careline's time.
    await page.evaluate(() => {
      const w = window as unknown as { __importMs?: number };
      delete w.__importMs;
      let started = 0;
      document.addEventListener('change', () => { started = performance.now(); }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const done = [...document.querySelectorAll('[role="status"]')].some((el) => /^Imported \d+ templates$/.test(el.textContent ?? ''));
        if (!done || !started) return;
        w.__importMs = performance.now() - started;
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await input.setInputFiles({ name: 'bench-10k.json', mimeType: 'application/json', buffer });
    await status.waitFor({ timeout: 30_000 });
    samples.push(await page.waitForFunction(() => (window as unknown as { __importMs?: number }).__importMs).then((h) => h.jsonValue() as Promise<number>));
    const text = await status.textContent();
    if (text !== `Imported ${templates.length} templates`) throw new Error(`pack import said "${text}"`);
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('status').filter({ hasText: /undone/ }).waitFor({ timeout: 30_000 });
  }
  await page.close();
  return { templates: templates.length, bytes: buffer.length, ms: summarize(samples), samples };
}
