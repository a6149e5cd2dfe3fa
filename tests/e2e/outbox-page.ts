/**
 * Careline's own outbox code (utils/handoff/outbox.ts and the repositories), bundled with esbuild and
 * loaded into an extension page: handoffs queued in bulk exactly as the panel's Send queues one, and
 * the outbox read back. Used by the reliability spec and the bench.
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { HandoffRecord } from '../../utils/db/types';
import type { HandoffRequest } from '../../utils/handoff/outbox';

const ROOT = path.resolve(import.meta.dirname, '../..');

let bundled: Promise<string> | undefined;
/** utils/handoff/outbox.ts and the repositories, as one script defining window.__outbox. */
function outboxBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: [
        "export { queueHandoff } from '@/utils/handoff/outbox';",
        "export { handoffsRepo } from '@/utils/db/handoffs-repo';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__outbox',
    platform: 'browser',
    alias: { '@': ROOT },
    logLevel: 'silent',
  }).then((r) => `${r.outputFiles[0]?.text ?? ''}\nwindow.__outbox = __outbox; undefined`);
  return bundled;
}

interface OutboxWindow {
  __outbox: {
    queueHandoff: (r: HandoffRequest, now?: Date) => Promise<HandoffRecord>;
    handoffsRepo: () => {
      pending(): Promise<HandoffRecord[]>;
      forCustomer(h: string, limit?: number): Promise<HandoffRecord[]>;
    };
  };
}

/** An extension page with Careline's outbox code loaded (evaluated over DevTools: extension CSP refuses inline scripts). */
export async function outboxPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn);');
  await page.evaluate(await outboxBundle());
  return page;
}

/** Queues handoffs exactly as the panel's Send does (one outbox transaction each), then wakes the background. */
export async function queueHandoffs(page: Page, requests: HandoffRequest[]): Promise<void> {
  await page.evaluate(async (list) => {
    const w = window as unknown as OutboxWindow;
    for (const r of list) await w.__outbox.queueHandoff(r);
    await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'careline:handoff-queued' });
  }, requests);
}

/** Every outbox row of these customers, oldest first. */
export async function outboxRows(page: Page, handles: string[]): Promise<HandoffRecord[]> {
  return page.evaluate(async (list) => {
    const w = window as unknown as OutboxWindow;
    const rows = (await Promise.all(list.map((h) => w.__outbox.handoffsRepo().forCustomer(h, 10_000)))).flat();
    return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }, handles);
}
