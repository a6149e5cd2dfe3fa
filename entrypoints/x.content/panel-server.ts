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
import type { ComposerTarget } from '@/utils/x/types';
import { createCaretMemory, draftText, insertIntoComposer } from '@/utils/x/insert';
import { safe } from './safe';
import { tokenRange, type TokenSpot } from './shortcut-expander';

export interface PanelServer {
  push(state: PageState): void;
  /** A `;shortcut` needs the Fill in dialog: the panel opens the template, and its insert replaces the token. */
  handOver(templateId: string, spot: TokenSpot): void;
}

/** How long a handed-over `;token` waits for the panel's insert. */
const HANDOVER_MS = 120_000;

export function servePanel(
  ctx: ContentScriptContext,
  currentState: () => PageState,
  onClose: () => void,
  onInserted: (target: ComposerTarget, templateId?: string) => void,
): PanelServer {
  const ports = new Set<Browser.runtime.Port>();
  let handover: { templateId: string; spot: TokenSpot; until: number; announced: boolean } | null = null;
  const panelUrl = browser.runtime.getURL('/panel.html');
  const extensionOrigin = browser.runtime.getURL('/');
  // The caret is lost when the agent clicks into the panel: remember it while they type.
  const caretMemory = createCaretMemory(document);
  ctx.addEventListener(document, 'selectionchange', safe('caret memory', () => caretMemory.update()));

  const onConnect = safe('panel connect', (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT) return;
    // Only our own panel page may talk to us (the page itself cannot open extension ports at all);
    // in Firefox it does so through the background's relay (utils/messaging/panel-relay.ts).
    if (port.sender?.id !== browser.runtime.id || !port.sender?.url?.startsWith(import.meta.env.FIREFOX ? extensionOrigin : panelUrl)) {
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
    if (handover && !handover.announced && handover.until > Date.now()) {
      handover.announced = true;
      port.postMessage({ kind: 'open-template', id: handover.templateId } satisfies ContentMessage);
    }
  });

  async function handle(request: PanelRequest): Promise<unknown> {
    switch (request.type) {
      case 'insert': {
        const target = findComposer(document);
        if (!target) return { ok: false, reason: 'no-composer', missing: describeMissingComposer() };
        const caret = target.kind === 'draft' ? (takeHandoverRange(request.templateId) ?? caretMemory.rangeFor(target.editor)) : null;
        const outcome = await insertIntoComposer(target, request.text, request.mode, { caret, cursor: request.cursor });
        if (outcome.ok) onInserted(target, request.templateId);
        return outcome;
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

  /** The `;token` range, if this insert finishes a handed-over shortcut. */
  function takeHandoverRange(templateId: string | undefined): Range | null {
    const pending = handover;
    if (!pending || pending.templateId !== templateId || pending.until < Date.now()) return null;
    handover = null;
    return tokenRange(pending.spot);
  }

  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(safe('stop panel server', () => {
    const open = [...ports];
    ports.clear();
    for (const port of open) safe('disconnect panel', () => port.disconnect())();
    browser.runtime.onConnect.removeListener(onConnect);
  }));

  function broadcast(message: ContentMessage): boolean {
    for (const port of ports) port.postMessage(message);
    return ports.size > 0;
  }

  return {
    push: (state) => void broadcast({ kind: 'state', state }),
    handOver(templateId, spot) {
      // Announced now if a panel is connected, else as soon as the opening panel connects.
      const announced = broadcast({ kind: 'open-template', id: templateId });
      handover = { templateId, spot, until: Date.now() + HANDOVER_MS, announced };
    },
  };
}
