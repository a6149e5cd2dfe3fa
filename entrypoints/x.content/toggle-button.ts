/**
 * The page button "Open Careline" / "Close Careline" (in the agent's language, relabelled live). Lives in its own shadow root so X's styles and
 * ours never meet; it carries no customer data. Closed, it waits in the window's bottom right corner;
 * open, it sits in the strip under the panel (panel-frame.ts), in the room taken from X: never on
 * X's timeline, never over the panel.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Fit } from './page-room';
import { safe } from './safe';
import { onLanguageChange, t } from './words';

const CSS = `
  button { all: unset; box-sizing: border-box; position: fixed; bottom: 20px; z-index: 2147483001;
    height: 40px; padding: 0 14px; border-radius: 20px; font: 600 14px/40px system-ui, sans-serif;
    background: #0f766e; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
  button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
  button:hover { background: #115e59; }
  button.rail { padding: 0 8px; font-size: 11px; }
  /* Under the panel: no shadow, which would spill onto the panel's frame and make Chromium's
     visibility check (entrypoints/panel/visibility.ts) see the panel as covered. */
  button.docked { box-shadow: none; }
`;

export interface ToggleButton {
  setState(open: boolean, fit: Fit): void;
}

export function createToggleButton(ctx: ContentScriptContext, onClick: () => void): ToggleButton {
  const host = document.createElement('careline-toggle');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Careline';
  button.addEventListener('click', safe('toggle button', onClick));
  root.append(style, button);
  document.documentElement.append(host);
  let open = false;
  const label = () => button.setAttribute('aria-label', t(open ? 'content.closeCareline' : 'content.openCareline'));
  const stop = onLanguageChange(label);
  ctx.onInvalidated(() => {
    stop();
    host.remove();
  });
  return {
    setState(isOpen, fit) {
      open = isOpen;
      label();
      button.setAttribute('aria-expanded', String(open));
      button.classList.toggle('rail', open && fit.rail);
      button.classList.toggle('docked', open);
      button.style.right = open ? '8px' : '20px';
      button.style.bottom = open ? '8px' : '20px';
      button.style.maxWidth = open ? `${fit.width - 12}px` : '';
    },
  };
}
