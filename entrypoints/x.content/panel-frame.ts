/**
 * The panel's frame on x.com: an extension page in an <iframe title="Careline"> (the page cannot read
 * into it), fixed to the right edge over X's sidebar, beside the reply box. Open/closed and width are
 * remembered in extension storage (never in x.com's localStorage).
 */
import { storage } from 'wxt/utils/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { safe } from './safe';

export interface PanelLayout {
  open: boolean;
  width: number;
}

export const MIN_WIDTH = 300;
export const MAX_WIDTH = 640;
const Z_INDEX = '2147483000';

export const panelLayout = storage.defineItem<PanelLayout>('local:panelLayout', {
  fallback: { open: true, width: 360 },
});

export interface PanelFrame {
  setOpen(open: boolean): void;
  toggle(): void;
  isOpen(): boolean;
}

export async function createPanelFrame(ctx: ContentScriptContext, onLayoutChange: (layout: PanelLayout) => void): Promise<PanelFrame> {
  let layout = await panelLayout.getValue();
  let ui: IframeContentScriptUi<void> | undefined;

  function ensureMounted(): IframeContentScriptUi<void> {
    if (ui) return ui;
    const created = createIframeUi(ctx, {
      page: '/panel.html',
      position: 'inline',
      anchor: 'body',
      onMount: (wrapper, iframe) => {
        iframe.title = 'Careline';
        // The Copy button in the panel writes the reply to the clipboard from inside the frame.
        iframe.allow = 'clipboard-write';
        wrapper.dataset.careline = 'panel';
        Object.assign(wrapper.style, {
          position: 'fixed', top: '0', right: '0', bottom: '0', zIndex: Z_INDEX,
          boxShadow: '-1px 0 0 rgba(127,127,127,.35)',
        });
        Object.assign(iframe.style, { width: '100%', height: '100%', border: '0', display: 'block', colorScheme: 'normal' });
        wrapper.append(createResizeHandle(wrapper, iframe));
      },
    });
    created.mount();
    ui = created;
    return created;
  }

  function createResizeHandle(wrapper: HTMLElement, iframe: HTMLIFrameElement): HTMLElement {
    const handle = document.createElement('div');
    Object.assign(handle.style, { position: 'absolute', left: '-3px', top: '0', bottom: '0', width: '6px', cursor: 'ew-resize' });
    handle.setAttribute('aria-hidden', 'true');
    handle.dataset.careline = 'resize';
    handle.addEventListener('pointerdown', safe('resize start', (down: PointerEvent) => {
      down.preventDefault();
      handle.setPointerCapture(down.pointerId);
      // While dragging, the frame would swallow pointer moves that cross it.
      iframe.style.pointerEvents = 'none';
      const move = (e: PointerEvent) => {
        layout = { ...layout, width: clampWidth(window.innerWidth - e.clientX) };
        apply();
      };
      const up = () => {
        iframe.style.pointerEvents = '';
        handle.removeEventListener('pointermove', move);
        void panelLayout.setValue(layout);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up, { once: true });
    }));
    return handle;
  }

  function apply(): void {
    if (layout.open) {
      const mounted = ensureMounted();
      mounted.wrapper.style.display = 'block';
      mounted.wrapper.style.width = `${clampWidth(layout.width)}px`;
    } else if (ui) {
      ui.wrapper.style.display = 'none';
    }
    onLayoutChange(layout);
  }

  function setOpen(open: boolean): void {
    layout = { ...layout, open };
    apply();
    void panelLayout.setValue(layout);
  }

  // Another x.com tab (or the options page) changed the layout: follow it.
  const unwatch = panelLayout.watch((next) => {
    if (!next || (next.open === layout.open && next.width === layout.width)) return;
    layout = next;
    apply();
  });
  ctx.onInvalidated(safe('stop layout watch', unwatch));

  apply();
  return { setOpen, toggle: () => setOpen(!layout.open), isOpen: () => layout.open };
}

function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}
