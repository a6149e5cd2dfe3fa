/**
 * Opening the welcome page once per profile. `runtime.onInstalled` alone is not enough: Chromium
 * reports reason 'install' every time it starts with an extension loaded by `--load-extension`
 * (`npm start`, the e2e tests, some managed set-ups), while the profile keeps Careline's data.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** When the welcome page was first opened in this profile (ISO-8601); null before that. */
export const welcomeOpenedAt = storage.defineItem<string | null>('local:welcomeOpenedAt', { fallback: null });

export async function openWelcomeOnce(): Promise<void> {
  if (await welcomeOpenedAt.getValue()) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  await welcomeOpenedAt.setValue(new Date().toISOString());
}
