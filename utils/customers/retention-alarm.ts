/**
 * The daily retention sweep, for the background (entrypoints/background.ts calls
 * registerRetentionAlarm() once at start-up, synchronously, like its other listeners: an MV3 service
 * worker woken by an alarm only delivers it to listeners added in its first turn).
 */
import { browser } from 'wxt/browser';
import { applySavedRetention } from './retention';

export const RETENTION_ALARM = 'careline:retention';
const DAY_MINUTES = 24 * 60;

export function registerRetentionAlarm(): void {
  // The service worker starts many times a day (every wake-up after idling): create() replaces an
  // alarm, so creating it at each start would push the sweep back each time. Create it only when
  // missing (install, or the browser dropped it); alarms persist across restarts. The first sweep
  // comes a minute after that, so history ages out even in a browser opened once a week.
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (existing?.periodInMinutes === DAY_MINUTES) return;
    return browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    applySavedRetention().catch((error: unknown) => {
      // Nothing to show it to in the background; the next day's sweep tries again.
      console.warn('Careline: retention sweep failed', error);
    });
  });
}
