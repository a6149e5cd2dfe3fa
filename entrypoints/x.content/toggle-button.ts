/**
 * The page button "Open Careline" / "Close Careline" (in the agent's language, relabelled live). Lives in its own shadow root so X's styles and
 * ours never meet; it carries no customer data.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safe } from './safe';
import { onLanguageChange, t } from './words';

const CSS = `
  button { all: unset; box-sizing: border-box; position: fixed; bottom: 20px; z-index: 2147483001;
    height: 40px; padding: 0 14px; border-radius: 20px; font: 600 14px/40px system-ui, sans-serif;
    background: #0f766e; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
  button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
  button:hover { background: #115e59; }
`;

export interface ToggleButton {
  setState(open: boolean, panelWidth: number): void;
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
    setState(isOpen, panelWidth) {
      open = isOpen;
      label();
      button.setAttribute('aria-expanded', String(open));
      button.style.right = open ? `${panelWidth + 16}px` : '20px';
    },
  };
}
