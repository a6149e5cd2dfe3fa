/**
 * The panel's frame on x.com: an extension page in an <iframe title="Careline"> (the page cannot read
 * into it), docked on the right edge with X's layout moved aside for it (page-room.ts), so it never
 * lies over the reply box. Under it, in the same column, the page button. Open/closed and width are
 * remembered in extension storage (never in x.com's localStorage).
 *
 * Mounted by hand, not with WXT's createIframeUi (which puts the frame in the light DOM): x.com's
 * scripts are hostile (docs/security.md). The frame lives in a CLOSED shadow root of a
 * <careline-panel> host, so the page can neither read its address (the dynamic URL and the
 * per-mount secret after the #) nor restyle the frame itself; what it can still do to the host (opacity, covering it) the panel's
 * visibility guard catches (entrypoints/panel/visibility.ts).
 *
 * Each mounted frame is a whole panel (React, the template list, a port) in the extension's process,
 * so it exists only where the agent can see it open: a tab whose panel is open mounts it the first time
 * the tab is in front (tabs opened in the background wait), and a closed panel is taken down once its
 * tab goes to the background. In the tab in front, a panel just closed keeps its frame, hidden, so
 * what the agent was doing in it is still there when it is opened again.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { newMountSecret } from '@/utils/messaging/mount-secret';
import { HANDLE_WIDTH, MIN_WIDTH, createPageRoom, type Fit } from './page-room';
import { safe } from './safe';

export interface PanelLayout {
  open: boolean;
  width: number;
}

export const MAX_WIDTH = 640;
const Z_INDEX = '2147483000';
/** The strip under the panel where the page button sits while the panel is open. */
export const BUTTON_STRIP = 56;

// The resize handle sits just outside the frame's left edge, in the room taken from X: nothing of
// Careline's may lie over the panel, or the visibility guard would see the panel as covered.
const CSS = `
  iframe { width: 100%; height: 100%; border: 0; display: block; color-scheme: normal; }
  .resize { position: absolute; left: -${HANDLE_WIDTH}px; top: 0; bottom: -${BUTTON_STRIP}px; width: ${HANDLE_WIDTH}px;
    cursor: ew-resize; background: rgba(127,127,127,.12); }
  .resize::after { content: ''; position: absolute; left: 3px; top: calc(50% - 20px); width: 2px; height: 40px;
    border-radius: 1px; background: rgba(127,127,127,.7); }
  .resize:hover, .resize.dragging { background: rgba(15,118,110,.35); }
  :host([data-rail]) .resize, :host([data-overlay]) .resize { display: none; }
`;

export const panelLayout = storage.defineItem<PanelLayout>('local:panelLayout', {
  fallback: { open: true, width: 360 },
});

export interface PanelFrame {
  /** `focus`: the agent opened it (page button, Alt+Shift+K): the focus goes into the panel. */
  setOpen(open: boolean, opts?: { focus?: boolean }): void;
  toggle(opts?: { focus?: boolean }): void;
  isOpen(): boolean;
  /** The rail shown full width over X for a moment, or back to the rail. */
  setOverlay(overlay: boolean): void;
  /** X's page changed (navigation): measure the room again. */
  refit(): void;
}

/**
 * `onMount` hears each new mount's secret (the panel server accepts only ports that present it);
 * null when the frame is gone and no port may be accepted.
 */
export async function createPanelFrame(
  ctx: ContentScriptContext,
  onLayoutChange: (layout: PanelLayout, fit: Fit) => void,
  onMount: (secret: string | null) => void,
): Promise<PanelFrame> {
  let layout = await panelLayout.getValue();
  let overlay = false;
  /** The width shown now: the agent's, or less where X needs the room. */
  let shownWidth = clampWidth(layout.width);
  const room = createPageRoom();
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let frame: HTMLIFrameElement | undefined;

  function ensureMounted(): HTMLElement {
    if (host) return host;
    host = document.createElement('careline-panel');
    root = host.attachShadow({ mode: 'closed' });
    Object.assign(host.style, {
      all: 'initial',
      display: 'block',
      position: 'fixed',
      top: '0',
      right: '0',
      bottom: `${BUTTON_STRIP}px`,
      zIndex: Z_INDEX,
      boxShadow: '-1px 0 0 rgba(127,127,127,.35)',
    });
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style, createResizeHandle());
    mountFrame();
    (document.body ?? document.documentElement).append(host);
    return host;
  }

  /** A fresh frame with a fresh secret in its address: the old frame's secret stops working at once. */
  function mountFrame(): void {
    frame?.remove();
    const secret = newMountSecret();
    onMount(secret);
    const iframe = document.createElement('iframe');
    iframe.title = 'Careline';
    // The Copy button in the panel writes the reply to the clipboard from inside the frame.
    iframe.allow = 'clipboard-write';
    // Only here, never in the DOM the page can read: the panel takes it from its own address and
    // clears it (entrypoints/panel/main.tsx).
    iframe.src = `${browser.runtime.getURL('/panel.html')}#${secret}`;
    let loads = 0;
    // A second load means the frame was navigated (by the page through window.frames, or reloaded):
    // whatever is in it now never had the secret. Careline mounts its own panel again.
    iframe.addEventListener(
      'load',
      safe('panel frame load', () => {
        // Also how an old copy of this script learns that the extension was reloaded under it (the
        // browser reloads the frame): WXT then invalidates ctx, and the stale notice takes over.
        if (ctx.isInvalid) return;
        if (++loads > 1 && frame === iframe) mountFrame();
      }),
    );
    frame = iframe;
    root?.append(iframe);
  }

  function createResizeHandle(): HTMLElement {
    const handle = document.createElement('div');
    handle.className = 'resize';
    handle.setAttribute('aria-hidden', 'true');
    handle.addEventListener(
      'pointerdown',
      safe('resize start', (down: PointerEvent) => {
        down.preventDefault();
        handle.setPointerCapture(down.pointerId);
        // While dragging, the frame would swallow pointer moves that cross it.
        if (frame) frame.style.pointerEvents = 'none';
        handle.classList.add('dragging');
        // Where on the handle it was grabbed: the edge follows the pointer without a jump.
        const grip = window.innerWidth - down.clientX - shownWidth;
        const move = (e: PointerEvent) => {
          layout = { ...layout, width: clampWidth(window.innerWidth - e.clientX - grip) };
          apply();
        };
        const up = () => {
          if (frame) frame.style.pointerEvents = '';
          handle.classList.remove('dragging');
          handle.removeEventListener('pointermove', move);
          void panelLayout.setValue(layout);
        };
        handle.addEventListener('pointermove', move);
        handle.addEventListener('pointerup', up, { once: true });
      }),
    );
    return handle;
  }

  /** The frame and its host gone; no port is accepted until the next mount. */
  function unmount(): void {
    if (!host) return;
    host.remove();
    host = root = frame = undefined;
    onMount(null);
  }

  function apply(): void {
    if (!layout.open) overlay = false;
    const fit = room.fit(layout.open, clampWidth(layout.width), overlay);
    shownWidth = fit.width;
    const inFront = document.visibilityState === 'visible';
    if (layout.open && (host || inFront)) {
      const mounted = ensureMounted();
      mounted.style.display = 'block';
      mounted.style.width = `${fit.width}px`;
      mounted.toggleAttribute('data-rail', fit.rail);
      mounted.toggleAttribute('data-overlay', fit.overlay);
    } else if (!layout.open && host) {
      if (inFront) host.style.display = 'none';
      else unmount();
    }
    onLayoutChange(layout, fit);
  }

  function setOpen(open: boolean, opts: { focus?: boolean } = {}): void {
    // Closed from inside (the panel's own Alt+Shift+K or close button): focus must not stay in a
    // hidden frame, or the next Alt+Shift+K would reach the hidden panel instead of the page.
    if (!open && host && document.activeElement === host) frame?.blur();
    layout = { ...layout, open };
    apply();
    void panelLayout.setValue(layout);
    // Into the frame: the panel puts the caret in its template search (main.tsx, on focus).
    if (open && opts.focus) frame?.focus();
  }

  ctx.addEventListener(
    window,
    'resize',
    safe('panel refit', () => apply()),
  );
  // The tab comes to the front (an open panel mounts) or goes behind another (a closed one goes).
  ctx.addEventListener(
    document,
    'visibilitychange',
    safe('panel visibility', () => apply()),
  );

  // Another x.com tab (or the options page) changed the layout: follow it.
  const unwatch = panelLayout.watch((next) => {
    if (!next || (next.open === layout.open && next.width === layout.width)) return;
    layout = next;
    apply();
  });
  ctx.onInvalidated(safe('stop layout watch', unwatch));
  // An old copy of the script (extension updated or reloaded) takes its frame with it.
  ctx.onInvalidated(
    safe('remove panel', () => {
      unmount();
      room.remove();
      onMount(null);
    }),
  );

  apply();
  return {
    setOpen,
    toggle: (opts) => setOpen(!layout.open, opts),
    isOpen: () => layout.open,
    setOverlay(next) {
      if (overlay === next || !layout.open) return;
      overlay = next;
      apply();
    },
    refit: () => layout.open && apply(),
  };
}

function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}
