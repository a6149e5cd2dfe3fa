/**
 * The panel's side of the link to the content script of its own tab: requests with ids, and
 * page-state pushes, over one port.
 * - Chrome: a `tabs.connect` port to the top frame (frameId 0) of the panel's tab.
 * - Firefox: a page framed inside x.com gets no `tabs` API, so the port goes to the background,
 *   which relays it to the same content script (utils/messaging/panel-relay.ts). The background is
 *   an event page there, unloaded when idle: the panel keeps it busy with a keepalive, and if it is
 *   unloaded anyway (an update, a crash) connects again at once, so the card keeps following the page.
 * Every port first presents the secret of this frame's mount (utils/messaging/mount-secret.ts): the
 * content script serves no other, so a copy of panel.html framed by x.com itself gets nothing.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  PANEL_PORT,
  PANEL_RELAY_PORT,
  RELAY_KEEPALIVE_MS,
  type RelayKeepalive,
  type ContentMessage,
  type PageState,
  type ComposerSnapshot,
  type QueueSummary,
  toComposerSnapshot,
  toQueueSummary,
} from '@/utils/messaging/protocol';
import {
  PANEL_START_WITHIN_MS,
  type PanelRequest,
  type PanelResponse,
  type RequestEnvelope,
} from '@/utils/messaging/panel-api';
import { PendingRequests } from '@/utils/messaging/pending-requests';
import { errorText } from '@/utils/error-text';
import type { PanelHello } from '@/utils/messaging/mount-secret';

export interface PanelLinkHandlers {
  onState(state: PageState): void;
  onConnection(connected: boolean): void;
  /** `;shortcut` of a template with fill-in fields was typed in X's composer. */
  onOpenTemplate(id: string): void;
  /** The agent opened the panel: the caret goes into template search. */
  onFocusSearch?(): void;
  /** X's box around the insert point changed (checked: page text, for counting only). */
  onComposer(composer: ComposerSnapshot | null): void;
  /** The queue page's counts (checked); null off queue pages. */
  onQueue?(queue: QueueSummary | null): void;
}

export class PanelLink {
  private port: Browser.runtime.Port | undefined;
  private readonly pending = new PendingRequests();
  /** Firefox's relay only: its keepalive timer, and reconnects since the last page state. */
  private keepalive: ReturnType<typeof setInterval> | undefined;
  private reconnects = 0;

  /**
   * `tabId`: the tab to connect to; null to go through the background's relay (Firefox).
   * `secret`: this frame's mount secret; null in a frame Careline did not mount (it gets no answer).
   */
  constructor(
    private readonly tabId: number | null,
    private readonly handlers: PanelLinkHandlers,
    private readonly secret: string | null = null,
  ) {}

  /** Direct where the frame has the `tabs` API (Chrome), else through the background (Firefox). */
  static async forThisFrame(handlers: PanelLinkHandlers, secret: string | null): Promise<PanelLink> {
    if (browser.tabs) return PanelLink.forCurrentTab(handlers, secret);
    const link = new PanelLink(null, handlers, secret);
    link.connect();
    return link;
  }

  static async forCurrentTab(handlers: PanelLinkHandlers, secret: string | null): Promise<PanelLink> {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('Careline panel is not inside a browser tab');
    const link = new PanelLink(tab.id, handlers, secret);
    link.connect();
    return link;
  }

  private connect(): void {
    const port =
      this.tabId === null
        ? browser.runtime.connect({ name: PANEL_RELAY_PORT })
        : browser.tabs.connect(this.tabId, { name: PANEL_PORT, frameId: 0 });
    this.attach(port);
  }

  private attach(port: Browser.runtime.Port): void {
    this.port?.disconnect();
    this.port = port;
    // First, before any request: the content script drops a port that does not start with it.
    port.postMessage({ kind: 'hello', secret: this.secret ?? '' } satisfies PanelHello);
    if (this.tabId === null) {
      clearInterval(this.keepalive);
      this.keepalive = setInterval(
        () => port.postMessage({ kind: 'keepalive' } satisfies RelayKeepalive),
        RELAY_KEEPALIVE_MS,
      );
    }
    port.onMessage.addListener((message: unknown) => this.receive(message as ContentMessage));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return; // replaced by a newer port already
      this.port = undefined;
      clearInterval(this.keepalive);
      this.handlers.onConnection(false);
      this.pending.failAll(new Error('Lost the connection to the x.com tab'));
      // Firefox's relay closed (the background was unloaded): open it again, which wakes it.
      if (this.tabId === null) this.reconnectSoon();
    });
    this.handlers.onConnection(true);
  }

  /** At once the first time, then backing off (a background that fails to start is not hammered). */
  private reconnectSoon(): void {
    const delay = Math.min(5_000, 50 * 2 ** this.reconnects++);
    setTimeout(() => {
      if (!this.port) this.connect();
    }, delay);
  }

  private receive(message: ContentMessage): void {
    if (message.kind === 'state') {
      this.reconnects = 0;
      this.handlers.onState(message.state);
      return;
    }
    if (message.kind === 'open-template') {
      this.handlers.onOpenTemplate(message.id);
      return;
    }
    if (message.kind === 'focus-search') {
      this.handlers.onFocusSearch?.();
      return;
    }
    if (message.kind === 'queue') {
      this.handlers.onQueue?.(toQueueSummary(message.queue));
      return;
    }
    if (message.kind === 'composer') {
      this.handlers.onComposer(toComposerSnapshot(message.composer));
      return;
    }
    this.pending.settle(message.id, message.response, message.error);
  }

  /** The content script's answer, typed by the request; rejects with PanelTimeoutError when it is overdue. */
  request<R extends PanelRequest>(request: R): Promise<PanelResponse<R['type']>> {
    if (!this.port) this.connect();
    const port = this.port;
    if (!port) return Promise.reject(new Error('Not connected to the x.com tab'));
    const { id, answer } = this.pending.open();
    try {
      port.postMessage({ id, request, startBy: Date.now() + PANEL_START_WITHIN_MS } satisfies RequestEnvelope);
    } catch (error) {
      this.pending.settle(id, null, errorText(error)); // the port closed under us
    }
    return answer as Promise<PanelResponse<R['type']>>;
  }
}
