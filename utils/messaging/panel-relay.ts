/**
 * Firefox: the background relays between the panel frame and the content script of the panel's tab.
 * A Careline page framed inside x.com gets no `tabs` API in Firefox (only runtime, storage, i18n;
 * seen in Firefox ESR 153, and Mozilla's stated answer is to proxy through the background:
 * w3c/webextensions#787), so the panel connects here with `runtime.connect`, and the relay opens
 * the usual `tabs.connect` port to the top frame of the sender's tab and pipes both ways. Chrome's
 * panel connects directly (entrypoints/panel/link.ts) and never reaches this.
 *
 * Firefox unloads an idle event page even while ports are open (after 30 s by default; seen in
 * Firefox ESR 153), but a message on a port counts as activity: the panel sends a keepalive while
 * it is open, so the relay lives as long as the panel does, and reconnects if it is unloaded anyway.
 */
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, PANEL_RELAY_PORT, isRelayKeepalive } from './protocol';

/** Registered synchronously at the background's start, so a panel's connect wakes the event page. */
export function registerPanelRelay(): void {
  const panelUrl = browser.runtime.getURL('/panel.html');
  browser.runtime.onConnect.addListener((panel: Browser.runtime.Port) => {
    if (panel.name !== PANEL_RELAY_PORT) return;
    const tabId = panel.sender?.tab?.id;
    // Only Careline's own panel, framed in a tab (the page itself cannot open extension ports).
    if (panel.sender?.id !== browser.runtime.id || !panel.sender.url?.startsWith(panelUrl) || tabId === undefined) {
      panel.disconnect();
      return;
    }
    const page = browser.tabs.connect(tabId, { name: PANEL_PORT, frameId: 0 });
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      // Whichever side went (x.com navigated, the panel closed), the other hears it as a disconnect.
      for (const port of [panel, page]) {
        try {
          port.disconnect();
        } catch {
          // Already gone.
        }
      }
    };
    panel.onMessage.addListener((message: unknown) => {
      // The panel's keepalive has done its job by arriving (see RELAY_KEEPALIVE_MS): not forwarded.
      if (isRelayKeepalive(message)) return;
      if (open) page.postMessage(message);
    });
    page.onMessage.addListener((message: unknown) => open && panel.postMessage(message));
    panel.onDisconnect.addListener(close);
    page.onDisconnect.addListener(close);
  });
}
