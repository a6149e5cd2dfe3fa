/**
 * What a compromised x.com renderer can read, and what reaches the call center, for the specs about
 * the webhook's secrets.
 *
 * The attacker's view is taken from Careline's content script itself: its isolated world on the
 * x.com page, found over the DevTools protocol. A renderer that runs x.com is trusted by Chrome with
 * exactly what that world can reach, so that is the storage this reads.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

export interface ContentScriptStorage {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  /** Chrome keeps storage.session from content scripts unless an extension opens it up: the error, then. */
  session: Record<string, unknown> | string;
}

interface IsolatedContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** Everything Careline's content script on `page` can read from extension storage, read from its own world. */
export async function contentScriptStorage(page: Page, extensionId: string): Promise<ContentScriptStorage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: IsolatedContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: IsolatedContext }) => contexts.push(event.context));
    // Enabling reports every context that already exists, the content script's included.
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.includes(extensionId),
    );
    if (!world)
      throw new Error(
        `no Careline content script world on ${page.url()} (contexts: ${contexts.map((c) => `${c.name}@${c.origin}`).join(', ')})`,
      );
    const expression = `(async () => {
      const session = await chrome.storage.session.get(null).catch((e) => String(e && e.message || e));
      return JSON.stringify({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null), session });
    })()`;
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: string };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails)
      throw new Error(
        `reading storage in the content script failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
      );
    return JSON.parse(result.result.value ?? '{}') as ContentScriptStorage;
  } finally {
    await cdp.detach();
  }
}

export interface RecordedRequest {
  method: string;
  headers: IncomingHttpHeaders;
}

/**
 * A pass-through in front of the reference receiver that notes each request's headers: the receiver
 * checks the signature but keeps no headers, and the team's extra header must be seen arriving.
 */
export async function recordingProxy(
  targetPort: number,
): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', headers: req.headers });
    const upstream = request(
      { host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
