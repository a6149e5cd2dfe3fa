/** JS heap of a page and of the workers it starts, over CDP. */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** Peak JS heap of the page and of every worker it starts, sampled over CDP every `everyMs`. */
export async function heapSampler(page: Page, context: BrowserContext, everyMs = 50) {
  const cdp: CDPSession = await context.newCDPSession(page);
  const workers = new Set<string>();
  let nextId = 1;
  let peaks = { page: 0, worker: 0 };
  // Not flattened: Playwright's CDPSession cannot address child sessions, so worker messages go
  // through Target.sendMessageToTarget and come back as Target.receivedMessageFromTarget.
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { result?: { usedSize?: number } };
    if (reply.result?.usedSize) peaks.worker = Math.max(peaks.worker, reply.result.usedSize);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let timer: ReturnType<typeof setInterval> | undefined;
  const sample = async () => {
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    peaks.page = Math.max(peaks.page, usedSize);
    for (const sessionId of workers) {
      const message = JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => workers.delete(sessionId));
    }
  };
  return {
    async start(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peaks = { page: usedSize, worker: 0 };
      timer = setInterval(() => void sample().catch(() => undefined), everyMs);
      return usedSize;
    },
    stop() {
      clearInterval(timer);
      return peaks;
    },
    async after(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    },
    detach: () => cdp.detach(),
  };
}

export type HeapSampler = Awaited<ReturnType<typeof heapSampler>>;
