/**
 * Handoff figures, against the reference receiver on 127.0.0.1 (no faults, no secret):
 * - throughput through the outbox: N handoffs queued with Careline's own outbox code in an extension
 *   page, then the background delivers them (claim, POST, settle, one transaction each side); timed
 *   from the wake-up message to the last case stored at the receiver. Baseline in the same run: the
 *   same N payloads POSTed straight from an extension page with fetch, four at a time (the network
 *   and receiver alone, no outbox).
 * - click to "Handoff sent": in the panel on the imitation's tweet, Send in the "Hand off" dialog to
 *   the status showing the ticket, timed inside the panel frame with performance.now().
 */
import type { BrowserContext, Frame } from '@playwright/test';
import { startReceiver, type Receiver } from '../examples/handoff-receiver/server';
import { outboxPage, queueHandoffs } from '../tests/e2e/outbox-page';
import type { HandoffRequest } from '../utils/handoff/outbox';
import { MINJI, NAME_SHIM, X_ORIGIN, panelFrame } from './browser';
import { summarize, type Summary } from './stats';

export interface HandoffFigures {
  handoffs: number;
  customers: number;
  /** Wake-up to the last case stored, through the outbox and the background. */
  outbox: { ms: number; perSecond: number };
  /** The same payloads POSTed directly with fetch, 4 in flight (the ceiling without the outbox). */
  directFetch: { ms: number; perSecond: number };
  /** outbox handoffs/s ÷ direct POSTs/s. */
  ratio: number;
  /** Send in the dialog → "Ticket …" in the panel's status. */
  clickToSent: Summary;
  samples: number[];
}

async function saveWebhook(context: BrowserContext, extensionId: string, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // WXT storage keeps `local:handoffSettings` under this key of chrome.storage.local. No secret: they
  // live in IndexedDB (utils/handoff/secret-settings.ts), and the bench signs nothing.
  await page.evaluate(async (webhookUrl) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
      .chrome;
    await chrome.storage.local.set({
      handoffSettings: {
        method: 'webhook',
        webhookUrl,
        extraHeaderName: '',
        timeoutMs: 10_000,
        emailTo: '',
        crmUrlTemplate: '',
        callCenterName: '',
        callCenterPhone: '',
        reasons: ['개통 · Activation'],
      },
    });
  }, url);
  await page.close();
}

function requests(n: number, customers: number, tag: string): HandoffRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    handle: `bench_${tag}_${i % customers}`,
    conversation: { url: `https://x.com/bench/status/${i}`, lang: 'ko' },
    reason: '개통 · Activation',
    priority: 'normal',
    note: `벤치 ${i}`,
    method: 'webhook',
    agentName: 'Bench',
  }));
}

async function untilStored(receiver: Receiver, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (receiver.stats().stored < count) {
    if (Date.now() > deadline) throw new Error(`only ${receiver.stats().stored} of ${count} handoffs arrived`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function outboxThroughput(
  context: BrowserContext,
  extensionId: string,
  receiver: Receiver,
  n: number,
  customers: number,
) {
  const page = await outboxPage(context, extensionId);
  // Queue without waking the background, then wake it once: the timing covers delivery only.
  await page.evaluate(
    async (list) => {
      const w = window as unknown as { __outbox: { queueHandoff(r: unknown): Promise<unknown> } };
      for (const r of list) await w.__outbox.queueHandoff(r);
    },
    requests(n, customers, 'tp'),
  );
  const before = receiver.stats().stored;
  const started = Date.now();
  await queueHandoffs(page, []);
  await untilStored(receiver, before + n, 120_000);
  const ms = Date.now() - started;
  await page.close();
  return { ms, perSecond: Math.round((n / ms) * 1000) };
}

async function directFetch(context: BrowserContext, extensionId: string, receiver: Receiver, n: number) {
  const page = await outboxPage(context, extensionId);
  const bodies = requests(n, 1, 'direct').map((r) =>
    JSON.stringify({
      format: 'careline-handoff',
      version: 1,
      id: r.id,
      createdAt: new Date().toISOString(),
      agent: { name: 'Bench' },
      customer: { handle: r.handle, attributes: {} },
      conversation: {},
      reason: r.reason,
      priority: 'normal',
      note: r.note,
      history: [],
    }),
  );
  const ms = await page.evaluate(
    async ({ url, list }) => {
      const started = performance.now();
      let next = 0;
      const lane = async () => {
        while (next < list.length) {
          const body = list[next++] as string;
          const id = (JSON.parse(body) as { id: string }).id;
          const res = await fetch(url, {
            method: 'POST',
            body,
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
          });
          await res.text();
        }
      };
      await Promise.all([lane(), lane(), lane(), lane()]);
      return performance.now() - started;
    },
    { url: receiver.webhookUrl, list: bodies },
  );
  await page.close();
  return { ms: Math.round(ms), perSecond: Math.round((n / ms) * 1000) };
}

/** One handoff through the panel's dialog; returns Send → ticket shown, in ms (panel clock). */
async function timedHandoff(frame: Frame): Promise<number> {
  await frame.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Hand off' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('bench');
  return frame.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const send = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === 'Send handoff') as
          HTMLButtonElement | undefined;
        if (!send) return reject(new Error('no Send handoff button'));
        const before = document.querySelector('.handoff-status')?.textContent ?? '';
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const text = document.querySelector('.handoff-status')?.textContent ?? '';
          if (text !== before && /Ticket /.test(text)) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        send.click();
        setTimeout(() => reject(new Error('no ticket within 15 s')), 15_000);
      }),
  );
}

export async function benchHandoff(
  context: BrowserContext,
  extensionId: string,
  opts: { handoffs?: number; clicks?: number } = {},
): Promise<HandoffFigures> {
  const n = opts.handoffs ?? 500;
  const customers = 50;
  const receiver = await startReceiver({ port: 0 });
  try {
    await saveWebhook(context, extensionId, receiver.webhookUrl);
    const direct = await directFetch(context, extensionId, receiver, n);
    const outbox = await outboxThroughput(context, extensionId, receiver, n, customers);

    const page = await context.newPage();
    await page.goto(`${X_ORIGIN}${MINJI}`);
    const frame = await panelFrame(page);
    await frame.evaluate(NAME_SHIM);
    await frame.getByRole('button', { name: 'Hand off to call center' }).waitFor();
    await timedHandoff(frame); // warm-up: first dialog, first worker wake
    const samples: number[] = [];
    for (let i = 0; i < (opts.clicks ?? 20); i++) samples.push(await timedHandoff(frame));
    await page.close();
    return {
      handoffs: n,
      customers,
      outbox,
      directFetch: direct,
      ratio: Math.round((outbox.perSecond / direct.perSecond) * 100) / 100,
      clickToSent: summarize(samples),
      samples,
    };
  } finally {
    await receiver.close();
  }
}
