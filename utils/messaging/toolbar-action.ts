/**
 * Careline's toolbar button (manifest `action`, no popup). On an x.com tab it opens or closes the
 * panel, like Alt+Shift+K; anywhere else there is no panel to show, so it opens the settings.
 * "An x.com tab" means: Careline's content script there answered the toggle. Careline has no `tabs`
 * permission, so the tab's address is not known; a tab whose content script is missing (opened
 * before Careline was installed or updated) gets the settings too, rather than nothing at all.
 */
import { browser } from 'wxt/browser';
import type { ToggleMessage } from './protocol';

export interface ActionTab {
  id?: number;
}

/** What a click on the toolbar button does in `tab`. Resolves with what happened (for tests and logs). */
export async function onToolbarAction(tab: ActionTab | undefined): Promise<'toggled' | 'settings'> {
  if (tab?.id !== undefined) {
    const toggle: ToggleMessage = { type: 'careline:toggle' };
    // Only Careline's content script answers, and only with this; no listener at all rejects.
    const answer: unknown = await browser.tabs.sendMessage(tab.id, toggle).catch(() => undefined);
    if (isToggled(answer)) return 'toggled';
  }
  await browser.runtime.openOptionsPage();
  return 'settings';
}

/** The content script's answer to a toggle. */
export interface ToggleAnswer {
  toggled: true;
}

export function isToggled(answer: unknown): answer is ToggleAnswer {
  return typeof answer === 'object' && answer !== null && (answer as { toggled?: unknown }).toggled === true;
}

/** Wires the button. Call once from the background's main. */
export function registerToolbarAction(): void {
  // MV3 `action` in both browsers (wxt.config.ts builds Firefox as MV3 too).
  browser.action.onClicked.addListener((tab) => {
    void onToolbarAction(tab).catch((error: unknown) =>
      console.warn('Careline: the toolbar button could not open the panel or the settings', error),
    );
  });
}
