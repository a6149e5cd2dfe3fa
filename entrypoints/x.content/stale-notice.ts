/**
 * After Careline is updated, reloaded or restarted under an open x.com tab, this old copy of the
 * content script is cut off from the extension (WXT invalidates its ctx; its panel frame is removed
 * with it). The agent then sees a small notice where the panel was, saying why Careline went away
 * and what brings it back. Plain DOM in its own shadow root: no extension resources are reachable.
 * Reloading is the agent's choice (a Dismiss button, no Reload button): the draft in X's reply box
 * stays untouched until they decide. Its words are the last language the script knew (storage is
 * gone with the extension).
 */
import { browser } from 'wxt/browser';
import { t } from './words';

const CSS = `
  div { all: initial; position: fixed; top: 12px; right: 12px; z-index: 2147483001; max-width: 320px;
    box-sizing: border-box; padding: 12px 14px; border-radius: 10px; background: #fff7ed; color: #7c2d12;
    border: 1px solid #fdba74; box-shadow: 0 2px 8px rgba(0,0,0,.25); font: 14px/1.4 system-ui, sans-serif;
    word-break: keep-all; overflow-wrap: break-word; }
  p { margin: 0 0 8px; }
  button { font: 600 13px system-ui, sans-serif; cursor: pointer; }
`;

/** True when this script's extension context is gone (not merely replaced by a newer copy of the script). */
export function extensionGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}

export function showStaleNotice(): void {
  if (document.querySelector('careline-stale')) return;
  const host = document.createElement('careline-stale');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = t('content.stale');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t('content.dismiss');
  dismiss.addEventListener('click', () => host.remove());
  box.append(text, dismiss);
  root.append(style, box);
  document.documentElement.append(host);
}
