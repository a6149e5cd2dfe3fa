/**
 * The content script's side of the panel link: accepts ports only from Careline's own panel page,
 * pushes the page state, and answers requests (insert into X's composer, read it).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  PANEL_PORT,
  type ContentMessage,
  type PageState,
  type PanelRequest,
  type RequestEnvelope,
} from '@/utils/messaging/protocol';
import { findComposer, describeMissingComposer } from '@/utils/x';
import { createCaretMemory, draftText, insertIntoComposer } from '@/utils/x/insert';
import { safe } from './safe';

export interface PanelServer {
  push(state: PageState): void;
}

export function servePanel(
  ctx: ContentScriptContext,
  currentState: () => PageState,
  onClose: () => void,
): PanelServer {
  const ports = new Set<Browser.runtime.Port>();
  const panelUrl = browser.runtime.getURL('/panel.html');
  // The caret is lost when the agent clicks into the panel: remember it while they type.
  const caretMemory = createCaretMemory(document);
  ctx.addEventListener(document, 'selectionchange', safe('caret memory', () => caretMemory.update()));

  const onConnect = safe('panel connect', (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT) return;
    // Only our own panel page may talk to us (the page itself cannot open extension ports at all).
    if (port.sender?.id !== browser.runtime.id || !port.sender?.url?.startsWith(panelUrl)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener(safe('panel request', async (message: unknown) => {
      const envelope = message as RequestEnvelope;
      let reply: ContentMessage;
      try {
        reply = { kind: 'response', id: envelope.id, response: await handle(envelope.request) };
      } catch (error) {
        reply = { kind: 'response', id: envelope.id, response: null, error: String(error) };
      }
      if (ports.has(port)) port.postMessage(reply);
    }));
    port.postMessage({ kind: 'state', state: currentState() } satisfies ContentMessage);
  });

  async function handle(request: PanelRequest): Promise<unknown> {
    switch (request.type) {
      case 'insert': {
        const target = findComposer(document);
        if (!target) return { ok: false, reason: 'no-composer', missing: describeMissingComposer() };
        const caret = target.kind === 'draft' ? caretMemory.rangeFor(target.editor) : null;
        return insertIntoComposer(target, request.text, request.mode, caret);
      }
      case 'composer-text': {
        const target = findComposer(document);
        if (!target) return { text: null };
        return { text: target.kind === 'draft' ? draftText(target.editor) : target.textarea.value };
      }
      case 'close-panel':
        onClose();
        return { ok: true };
    }
  }

  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) port.disconnect();
    ports.clear();
  });

  return {
    push(state) {
      const message: ContentMessage = { kind: 'state', state };
      for (const port of ports) port.postMessage(message);
    },
  };
}
