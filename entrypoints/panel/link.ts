/**
 * The panel's side of the link to the content script of its own tab: a `tabs.connect` port to the
 * top frame (frameId 0), requests with ids, and page-state pushes. Reconnects when X's page reloads.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  PANEL_PORT,
  type ContentMessage,
  type PageState,
  type PanelRequest,
  type PanelResponse,
  type RequestEnvelope,
} from '@/utils/messaging/protocol';

export interface PanelLinkHandlers {
  onState(state: PageState): void;
  onConnection(connected: boolean): void;
  /** `;shortcut` of a template with fill-in fields was typed in X's composer. */
  onOpenTemplate(id: string): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class PanelLink {
  private port: Browser.runtime.Port | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly tabId: number,
    private readonly handlers: PanelLinkHandlers,
  ) {}

  static async forCurrentTab(handlers: PanelLinkHandlers): Promise<PanelLink> {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('Careline panel is not inside a browser tab');
    const link = new PanelLink(tab.id, handlers);
    link.connect();
    return link;
  }

  private connect(): void {
    const port = browser.tabs.connect(this.tabId, { name: PANEL_PORT, frameId: 0 });
    this.port = port;
    port.onMessage.addListener((message: unknown) => this.receive(message as ContentMessage));
    port.onDisconnect.addListener(() => {
      this.port = undefined;
      this.handlers.onConnection(false);
      for (const p of this.pending.values()) p.reject(new Error('Lost the connection to the x.com tab'));
      this.pending.clear();
    });
    this.handlers.onConnection(true);
  }

  private receive(message: ContentMessage): void {
    if (message.kind === 'state') {
      this.handlers.onState(message.state);
      return;
    }
    if (message.kind === 'open-template') {
      this.handlers.onOpenTemplate(message.id);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new Error(message.error));
    else pending.resolve(message.response);
  }

  request<R extends PanelRequest>(request: R): Promise<PanelResponse<R>> {
    if (!this.port) this.connect();
    const port = this.port;
    if (!port) return Promise.reject(new Error('Not connected to the x.com tab'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      port.postMessage({ id, request } satisfies RequestEnvelope);
    });
  }
}
