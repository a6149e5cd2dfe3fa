/**
 * The content script's side of the panel link: accepts ports only from the panel frame Careline
 * itself mounted (its port's first message presents the mount's secret, utils/messaging/mount-secret.ts),
 * pushes the page state, and answers requests (insert into X's composer, read it).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  PANEL_PORT,
  MAX_SNAPSHOT_SIDE_CHARS,
  type ComposerSnapshot,
  type ContentMessage,
  type InsertDesk,
  type PageState,
  type QueueSummary,
} from '@/utils/messaging/protocol';
import { REQUEST_EXPIRED, startsInTime, toRequestEnvelope, type PanelHandlers } from '@/utils/messaging/panel-api';
import { answerWith } from '@/utils/messaging/request-map';
import { errorText } from '@/utils/error-text';
import { presentsSecret } from '@/utils/messaging/mount-secret';
import { findComposer, describeMissingComposer } from '@/utils/x';
import type { ComposerTarget } from '@/utils/x/types';
import { createCaretMemory, draftText, insertIntoComposer } from '@/utils/x/insert';
import { draftTextAround, textareaTextAround, type TextAround } from '@/utils/x/insert/around';
import { withSeparators } from '@/utils/x/insert/separator';
import { openPost } from '@/utils/x/open-post';
import { feedComposer } from './composer-feed';
import { safe } from './safe';
import { tokenRange, type TokenSpot } from './shortcut-expander';

export interface PanelServer {
  push(state: PageState): void;
  /** A `;shortcut` needs the Fill in dialog: the panel opens the template, and its insert replaces the token. */
  handOver(templateId: string, spot: TokenSpot): void;
  /** The frame was mounted again (or removed): ports of the old one are dropped. */
  dropPanels(): void;
  /** The agent opened the panel: its template search takes the caret (now, or once it connects). */
  focusSearch(): void;
  /** The queue page's counts changed (the panel's queue bar). */
  pushQueue(summary: QueueSummary | null): void;
}

/** The content script's queue marks, as the panel reaches them. */
export interface QueueLink {
  refresh(): void;
  summary(): QueueSummary | null;
}

/** How long a handed-over `;token` waits for the panel's insert. */
const HANDOVER_MS = 120_000;

/** A port that has not presented the secret by then is dropped (the real panel sends it at once). */
const HELLO_MS = 10_000;

export function servePanel(
  ctx: ContentScriptContext,
  /** The secret of the frame mounted now; null while there is none (panel never opened, or gone). */
  mountSecret: () => string | null,
  currentState: () => PageState,
  onClose: () => void,
  onInserted: (target: ComposerTarget, templateId?: string, suggestedId?: string, desk?: InsertDesk) => void,
  /** The rail expanded over X (true) or back (false). */
  setOverlay: (overlay: boolean) => void,
  queue: QueueLink,
): PanelServer {
  const ports = new Set<Browser.runtime.Port>();
  let focusSearchPending = false;
  let handover: { templateId: string; spot: TokenSpot; until: number; announced: boolean } | null = null;
  // The panel reports its static address as its sender, even when framed from the dynamic URL
  // (use_dynamic_url) that runtime.getURL gives in Chrome.
  const panelUrl = `${new URL(browser.runtime.getURL('/')).protocol}//${browser.runtime.id}/panel.html`;
  const extensionOrigin = browser.runtime.getURL('/');
  // The caret is lost when the agent clicks into the panel: remember it while they type.
  const caretMemory = createCaretMemory(document);
  ctx.addEventListener(
    document,
    'selectionchange',
    safe('caret memory', () => caretMemory.update()),
  );
  const feed = feedComposer(
    ctx,
    readSnapshot,
    (composer) => void broadcast({ kind: 'composer', composer }),
    () => ports.size > 0,
  );

  const onConnect = safe('panel connect', (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT) return;
    // Only our own panel page may talk to us (the page itself cannot open extension ports at all);
    // in Firefox it does so through the background's relay (utils/messaging/panel-relay.ts).
    if (
      port.sender?.id !== browser.runtime.id ||
      !port.sender?.url?.startsWith(import.meta.env.FIREFOX ? extensionOrigin : panelUrl)
    ) {
      port.disconnect();
      return;
    }
    // Nothing is sent or answered until the port presents this mount's secret: a copy of panel.html
    // that x.com framed itself is a Careline page too, but it never had the secret.
    let accepted = false;
    const timer = ctx.setTimeout(
      safe('panel hello timeout', () => accepted || port.disconnect()),
      HELLO_MS,
    );
    port.onDisconnect.addListener(() => {
      clearTimeout(timer);
      ports.delete(port);
    });
    port.onMessage.addListener(
      safe('panel request', async (message: unknown) => {
        if (!accepted) {
          clearTimeout(timer);
          if (!presentsSecret(message, mountSecret())) {
            port.disconnect();
            return;
          }
          accepted = true;
          welcome(port);
          return;
        }
        if (!ports.has(port)) return; // dropped with its frame's mount
        const envelope = toRequestEnvelope(message, handlers);
        if (!envelope) return;
        let reply: ContentMessage;
        try {
          // Too late: the panel has stopped waiting (or soon will) and told the agent nothing was done.
          if (!startsInTime(envelope, Date.now())) throw new Error(REQUEST_EXPIRED);
          reply = { kind: 'response', id: envelope.id, response: await answerWith(handlers, envelope.request) };
        } catch (error) {
          reply = { kind: 'response', id: envelope.id, response: null, error: errorText(error) };
        }
        if (ports.has(port)) port.postMessage(reply);
      }),
    );
  });

  function welcome(port: Browser.runtime.Port): void {
    ports.add(port);
    port.postMessage({ kind: 'state', state: currentState() } satisfies ContentMessage);
    feed.resend();
    const summary = queue.summary();
    if (summary) port.postMessage({ kind: 'queue', queue: summary } satisfies ContentMessage);
    if (handover && !handover.announced && handover.until > Date.now()) {
      handover.announced = true;
      port.postMessage({ kind: 'open-template', id: handover.templateId } satisfies ContentMessage);
    }
    if (focusSearchPending) {
      focusSearchPending = false;
      port.postMessage({ kind: 'focus-search' } satisfies ContentMessage);
    }
  }

  const handlers: PanelHandlers = {
    insert: async (request) => {
      const target = findComposer(document);
      if (!target) return { ok: false, reason: 'no-composer', missing: describeMissingComposer() };
      const caret =
        target.kind === 'draft' ? (takeHandoverRange(request.templateId) ?? caretMemory.rangeFor(target.editor)) : null;
      // The box's text picks the separator ('', ' ' or a line break) and nothing else of what goes in.
      const around = request.mode === 'replace' ? { before: '', after: '' } : textAround(target, caret);
      const { text, lead, end } = withSeparators(around.before, request.text, around.after);
      const cursor = lead + (request.cursor ?? end - lead);
      const outcome = await insertIntoComposer(target, text, request.mode, {
        caret,
        cursor: cursor === text.length ? undefined : cursor,
      });
      if (outcome.ok) {
        onInserted(target, request.templateId, request.suggestedId, request.desk);
        setOverlay(false); // the agent's next look is at X's composer
      }
      feed.schedule();
      return outcome;
    },
    'composer-text': async () => {
      const target = findComposer(document);
      if (!target) return { text: null };
      return { text: target.kind === 'draft' ? draftText(target.editor) : target.textarea.value };
    },
    'close-panel': async () => {
      onClose();
      return { ok: true };
    },
    'focus-composer': async () => {
      setOverlay(false);
      const target = findComposer(document);
      if (target?.kind === 'draft') {
        const caret = caretMemory.rangeFor(target.editor);
        target.editor.focus();
        if (caret) {
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(caret);
        }
      } else if (target) {
        target.textarea.focus();
      }
      return { ok: true };
    },
    'expand-panel': async () => {
      setOverlay(true);
      return { ok: true };
    },
    'queue-changed': async () => {
      queue.refresh();
      return { ok: true };
    },
    'open-post': async ({ handle, statusId }) => ({
      ok: typeof handle === 'string' && typeof statusId === 'string' && openPost(handle, statusId),
    }),
  };

  function textAround(target: ComposerTarget, caret: Range | null): TextAround {
    return target.kind === 'draft' ? draftTextAround(target.editor, caret) : textareaTextAround(target.textarea);
  }

  /** The box around where Insert would land now: the handed-over `;token`, else the remembered caret. */
  function readSnapshot(): ComposerSnapshot | null {
    const target = findComposer(document);
    if (!target) return null;
    const pending = handover && handover.until >= Date.now() ? tokenRange(handover.spot) : null;
    const caret = target.kind === 'draft' ? (pending ?? caretMemory.rangeFor(target.editor)) : null;
    const { before, after } = textAround(target, caret);
    // The sides nearest the insert point are the ones that choose the separator.
    return { before: before.slice(-MAX_SNAPSHOT_SIDE_CHARS), after: after.slice(0, MAX_SNAPSHOT_SIDE_CHARS) };
  }

  /** The `;token` range, if this insert finishes a handed-over shortcut. */
  function takeHandoverRange(templateId: string | undefined): Range | null {
    const pending = handover;
    if (!pending || pending.templateId !== templateId || pending.until < Date.now()) return null;
    handover = null;
    return tokenRange(pending.spot);
  }

  browser.runtime.onConnect.addListener(onConnect);
  function dropPanels(): void {
    const open = [...ports];
    ports.clear();
    for (const port of open) safe('disconnect panel', () => port.disconnect())();
  }

  ctx.onInvalidated(
    safe('stop panel server', () => {
      dropPanels();
      browser.runtime.onConnect.removeListener(onConnect);
    }),
  );

  function broadcast(message: ContentMessage): boolean {
    for (const port of ports) port.postMessage(message);
    return ports.size > 0;
  }

  return {
    push(state) {
      broadcast({ kind: 'state', state });
      feed.schedule(); // another page or box: what is in it changed too
    },
    handOver(templateId, spot) {
      // Announced now if a panel is connected, else as soon as the opening panel connects.
      const announced = broadcast({ kind: 'open-template', id: templateId });
      handover = { templateId, spot, until: Date.now() + HANDOVER_MS, announced };
    },
    dropPanels,
    focusSearch() {
      focusSearchPending = !broadcast({ kind: 'focus-search' });
    },
    pushQueue(summary) {
      broadcast({ kind: 'queue', queue: summary });
    },
  };
}
