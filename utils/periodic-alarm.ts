/**
 * A task the background runs every `periodInMinutes`, on a browser alarm: alarms survive the service
 * worker being stopped and the browser restarting. Call it synchronously at the background's start,
 * like its other listeners: an MV3 service worker woken by an alarm only delivers it to listeners
 * added in its first turn.
 */
import { browser } from 'wxt/browser';

export function registerPeriodicAlarm(name: string, periodInMinutes: number, task: () => Promise<unknown>): void {
  // The worker starts many times a day (every wake-up after idling) and create() replaces an alarm,
  // restarting its period: creating it at each start would push the task back each time. So it is
  // created only when missing (install, or the browser dropped it) or its period changed; the first
  // run comes a minute later, so the task runs even in a browser opened once a week.
  void browser.alarms.get(name).then((existing) => {
    if (existing?.periodInMinutes === periodInMinutes) return;
    return browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== name) return;
    // Nothing to show it to in the background; the next period tries again.
    task().catch((error: unknown) => console.warn(`Careline: the ${name} alarm's task failed`, error));
  });
}
