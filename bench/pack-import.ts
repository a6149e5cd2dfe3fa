/**
 * Importing a 10,000-template pack through the options page, as a team lead would: choose the file in
 * "Import templates" and wait for "Imported 10000 templates" (read, validate, plan, one transaction,
 * and the page showing it).
 * Each round undoes the import first, so every round imports a pack Careline has not seen.
 */
import type { BrowserContext } from '@playwright/test';
import { generateTemplates } from './search';
import { summarize, type Summary } from './stats';
import { timeImportUntilStatus } from './timed-import';

export interface PackImportFigures {
  templates: number;
  bytes: number;
  ms: Summary;
  samples: number[];
}

export async function benchPackImport(
  context: BrowserContext,
  extensionId: string,
  rounds = 3,
): Promise<PackImportFigures> {
  const templates = generateTemplates().map((t) => ({
    id: t.id,
    title: t.title,
    body: t.body,
    shortcut: t.shortcut,
    folder: t.folder,
    tags: t.tags,
    lang: t.lang,
  }));
  const json = JSON.stringify({
    format: 'careline-templates',
    version: 1,
    pack: { id: 'bench-10k', name: 'Bench 10k', updatedAt: '2026-11-29T00:00:00Z' },
    templates,
  });
  const buffer = Buffer.from(json);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const status = page.getByRole('status').filter({ hasText: /^Imported \d+ templates$/ });
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const file = { name: 'bench-10k.json', mimeType: 'application/json', buffer };
    samples.push(await timeImportUntilStatus(page, 'Import templates', file, 'templates', 30_000));
    const text = await status.textContent();
    if (text !== `Imported ${templates.length} templates`) throw new Error(`pack import said "${text}"`);
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /undone/ })
      .waitFor({ timeout: 30_000 });
  }
  await page.close();
  return { templates: templates.length, bytes: buffer.length, ms: summarize(samples), samples };
}
