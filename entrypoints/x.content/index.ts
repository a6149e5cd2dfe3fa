/**
 * Careline's only code inside x.com's page. Small and React-free: it reads whom the agent is
 * answering, writes into X's composer, mounts the panel frame and answers the panel over a port.
 * Every listener and timer goes through WXT's ctx, so an extension update leaves nothing behind.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isToggleMessage, isToggleShortcut } from '@/utils/messaging/protocol';
import type { ToggleAnswer } from '@/utils/messaging/toolbar-action';
import { watchPageState } from './context-watcher';
import { ownSends } from './own-sends';
import { createPanelFrame } from './panel-frame';
import { postThreadReader } from './post-thread';
import { servePanel, type PanelServer } from './panel-server';
import { watchQueueMarks } from './queue-marks';
import { safe } from './safe';
import { watchSends } from './send-watcher';
import { watchShortcuts } from './shortcut-expander';
import { extensionGone, showStaleNotice } from './stale-notice';
import { createToggleButton } from './toggle-button';
import { followLanguage } from './words';

/** A command arriving right after the page saw the same key press is that press, not a second one. */
const SHORTCUT_DEDUPE_MS = 250;

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  // document_end: X's shell is parsed; starting before idle brings the panel up sooner.
  runAt: 'document_end',
  // WXT would also announce the script's start with window.postMessage (extension id included), which
  // every script of x.com sees; its CustomEvent on document does the same job (stopping an older copy).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    followLanguage(ctx);
    const button = createToggleButton(ctx, () => toggleByAgent());
    // The secret of the panel frame mounted now: only a port presenting it is served. A
    // new mount (the frame reloaded) drops the ports of the old one; the server comes after the frame.
    let mountSecret: string | null = null;
    const later: { server?: PanelServer } = {};
    const frame = await createPanelFrame(
      ctx,
      (layout, fit) => button.setState(layout.open, fit),
      (secret) => {
        mountSecret = secret;
        later.server?.dropPanels();
      },
    );
    const sentHere = ownSends();
    const watcher = watchPageState(
      ctx,
      (state) => {
        later.server?.push(state);
        // Another page of X (a sidebar shown or gone): measure the room for the panel again.
        frame.refit();
      },
      postThreadReader(sentHere),
    );
    const sends = watchSends(ctx, () => watcher.current(), sentHere);
    const queue = watchQueueMarks(ctx, (summary) => later.server?.pushQueue(summary));
    const server = servePanel(
      ctx,
      () => mountSecret,
      () => watcher.current(),
      () => frame.setOpen(false),
      sends.markInserted,
      (overlay) => frame.setOverlay(overlay),
      queue,
    );
    later.server = server;
    watchShortcuts(ctx, {
      state: () => watcher.current(),
      composer: () => watcher.composer(),
      inserted: sends.markInserted,
      handOver: (templateId, spot) => {
        server.handOver(templateId, spot);
        frame.setOpen(true);
      },
    });

    /** Opened by the agent: the caret goes to the panel's template search. */
    function toggleByAgent(): void {
      frame.toggle({ focus: true });
      if (frame.isOpen()) server.focusSearch();
    }

    // Alt+Shift+K normally arrives as a command in the background, which forwards it to the active
    // tab. Where the browser does not deliver commands (headless, a shortcut taken by another
    // extension) the key reaches the page instead; one press must toggle once either way.
    // The toolbar button sends the same message and waits for the answer: none means "not an x.com
    // tab", and it opens the settings instead. Runtime messages come from Careline's own background
    // only (a page's script cannot send one); the sender is checked all the same.
    let keyToggledAt = -Infinity;
    const toggleFromBackground = safe('runtime message', () => {
      if (performance.now() - keyToggledAt < SHORTCUT_DEDUPE_MS) return; // the same press, seen twice
      toggleByAgent();
    });
    const onMessage = (message: unknown, sender: { id?: string }): Promise<ToggleAnswer> | undefined => {
      if (!isToggleMessage(message) || sender.id !== browser.runtime.id) return undefined;
      toggleFromBackground();
      return Promise.resolve({ toggled: true });
    };
    ctx.addEventListener(
      window,
      'keydown',
      safe('shortcut', (event: KeyboardEvent) => {
        // The agent's own press only: a keydown the page dispatched must not open or close the panel.
        if (!event.isTrusted || !isToggleShortcut(event)) return;
        event.preventDefault();
        keyToggledAt = performance.now();
        toggleByAgent();
      }),
      { capture: true },
    );
    browser.runtime.onMessage.addListener(onMessage);
    // Invalidated because the extension went away (updated, reloaded): every call into browser.*
    // now throws "Extension context invalidated", so each cleanup goes through `safe`.
    ctx.onInvalidated(safe('stop runtime messages', () => browser.runtime.onMessage.removeListener(onMessage)));
    ctx.onInvalidated(
      safe('stale notice', () => {
        if (extensionGone()) showStaleNotice();
      }),
    );
  },
});
