import { browser } from 'wxt/browser';

/**
 * Careline's settings in a tab, asked of the background (Firefox's framed panel has no tabs API).
 * Whatever the agent was typing in the panel stays as it is.
 */
export function openHandoffSettings(): void {
  void browser.runtime.sendMessage({ type: 'careline:open-settings' }).catch(() => undefined);
}
