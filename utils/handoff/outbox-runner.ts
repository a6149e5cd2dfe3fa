/**
 * The background's outbox loop. It runs when the worker starts (browser start, any event), when the
 * panel says a handoff was queued, and on the outbox alarm. One run at a time; a kick during a run
 * makes it go round once more. Between runs a timer handles near retries while the worker lives,
 * and an alarm (kept in the browser, not the worker) wakes a stopped worker for the next due one.
 */
import { browser } from 'wxt/browser';
import { handoffsRepo } from '../db/handoffs-repo';
import { retryDelayMs } from './backoff';
import { deliverDue } from './delivery';
import { readHandoffSettings } from './secret-settings';
import { postHandoff } from './webhook';

export const OUTBOX_ALARM = 'careline:handoff-outbox';
/** A worker idles out after 30 s without events: beyond that only the alarm can be relied on. */
const TIMER_HORIZON_MS = 25_000;

let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Settled once the background knows the agent's language: a run's stored errors are written in it. */
let ready: Promise<unknown> = Promise.resolve();

export function kickOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    await ready;
    do {
      again = false;
      const run = await deliverDue({
        repo: handoffsRepo(),
        settings: readHandoffSettings,
        post: (settings, payload) => postHandoff(settings, payload),
        retryDelay: (attempts, retryAfterMs) => retryDelayMs(attempts, { retryAfterMs }),
        onLease: wakeNoLaterThan,
      });
      await schedule(run.nextWakeAt);
    } while (again);
  })()
    .catch((error: unknown) => {
      // The outbox stays as it is in IndexedDB; the alarm (or the next kick) tries again.
      console.warn('Careline: delivering handoffs failed; trying again shortly', error);
      return schedule(Date.now() + 30_000);
    })
    .finally(() => {
      running = undefined;
    });
  return running;
}

async function schedule(at: number | undefined): Promise<void> {
  clearTimeout(timer);
  if (at === undefined) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const delay = Math.max(0, at - Date.now());
  if (delay < TIMER_HORIZON_MS) timer = setTimeout(() => void kickOutbox(), delay);
  // Chrome fires an unpacked extension's alarm after >= 1 s, a packed one's after >= 30 s.
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(at, Date.now() + 1000) });
}

/** Before an attempt: if this worker is stopped mid-request, the alarm takes the handoff over when its lease ends. */
async function wakeNoLaterThan(until: number): Promise<void> {
  const alarm = await browser.alarms.get(OUTBOX_ALARM);
  if (!alarm || alarm.scheduledTime > until) await browser.alarms.create(OUTBOX_ALARM, { when: until });
}

/**
 * Wires the loop to the worker's events. Call once from the background's main. `languageReady`: runs
 * wait for it, so a failure stored in the first moments after a start is in the agent's language.
 */
export function registerOutbox(languageReady?: Promise<unknown>): void {
  if (languageReady) ready = languageReady.catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void kickOutbox();
  });
  // The browser starting wakes the worker (alarms may not outlive a restart): deliver what waited.
  browser.runtime.onStartup.addListener(() => void kickOutbox());
  // The worker's main runs on every start (browser start, alarm, message): pick up what is due.
  void kickOutbox();
}
