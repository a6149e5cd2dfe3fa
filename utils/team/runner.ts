/**
 * The background's side of the team: the outbox loop (like the handoff outbox's: one run at a time,
 * a timer for near retries while the worker lives, an alarm to wake a stopped one), a periodic pull
 * with the cache sweep, and the long poll a panel keeps open while it shows a team customer.
 */
import { browser } from 'wxt/browser';
import { retryDelayMs } from '@/utils/handoff/backoff';
import { teamCacheRepo } from '@/utils/db/team-cache-repo';
import { teamOutboxRepo } from '@/utils/db/team-outbox-repo';
import { teamSessionRepo } from '@/utils/db/team-session-repo';
import { teamFetch } from './client';
import { pushDue } from './push';
import { connectedSession, stopIfRevoked } from './session';
import { pullOnce, type PullOutcome } from './sync';
import { followTeamPacks } from './team-packs';
import { Session } from './wire';

export const TEAM_OUTBOX_ALARM = 'careline:team-outbox';
export const TEAM_SYNC_ALARM = 'careline:team-sync';
const TEAM_SYNC_MINUTES = 1;
/** A worker idles out after 30 s without events: beyond that only the alarm can be relied on. */
const TIMER_HORIZON_MS = 25_000;
/** How long one long poll waits on the server; the panel asks again when it answers. */
export const WATCH_WAIT_MS = 20_000;
/** A run stopped mid-request (the worker ended) is taken over by the alarm after this. */
const RUN_GUARD_MS = 60_000;

let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

export function kickTeamOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const session = await connectedSession();
      if (!session) return schedule(undefined);
      await browser.alarms.create(TEAM_OUTBOX_ALARM, { when: Date.now() + RUN_GUARD_MS });
      const run = await pushDue({
        outbox: teamOutboxRepo(),
        sessions: teamSessionRepo(),
        session,
        retryDelay: (attempts) => retryDelayMs(attempts),
      });
      await schedule(run.revoked ? undefined : run.nextWakeAt);
    } while (again);
  })()
    .catch((error: unknown) => {
      // The outbox stays as it is in IndexedDB; the alarm (or the next kick) tries again.
      console.warn('Careline: pushing to the team server failed; trying again shortly', error);
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
    await browser.alarms.clear(TEAM_OUTBOX_ALARM);
    return;
  }
  const delay = Math.max(0, at - Date.now());
  if (delay < TIMER_HORIZON_MS) timer = setTimeout(() => void kickTeamOutbox(), delay);
  await browser.alarms.create(TEAM_OUTBOX_ALARM, { when: Math.max(at, Date.now() + 1000) });
}

/** The server answered: what waited out a backoff while it was out of reach goes now. */
export async function serverReached(): Promise<void> {
  if ((await teamOutboxRepo().dueNow(Date.now())) > 0 || (await teamOutboxRepo().pendingCount()) > 0)
    void kickTeamOutbox();
}

let watching: { outcome: Promise<PullOutcome>; ids: ReadonlySet<string>; stop: AbortController } | undefined;

/**
 * One long poll, shared by every panel asking meanwhile (one request to the server, not one per tab).
 * A customer cached since it started (another card opened) is not in it: that poll is ended and a new
 * one asks about every customer kept here, so the new card does not wait out the old poll.
 */
export async function watchTeam(): Promise<PullOutcome> {
  const ids = await teamCacheRepo().teamIds();
  if (watching && ids.every((id) => watching?.ids.has(id))) return watching.outcome;
  watching?.stop.abort();
  const stop = new AbortController();
  const outcome: Promise<PullOutcome> = pullOnce(WATCH_WAIT_MS, undefined, stop.signal, ids)
    .then(async (pulled) => {
      if (pulled.state === 'connected') await serverReached();
      return pulled;
    })
    .catch((error: unknown) => {
      // Ended for a wider poll: the panel asks again at once and joins that one.
      if (stop.signal.aborted) return { state: 'connected', changed: false } as const;
      throw error;
    })
    .finally(() => {
      if (watching?.outcome === outcome) watching = undefined;
    });
  watching = { outcome, ids: new Set(ids), stop };
  return outcome;
}

/** The periodic round: who the agent is and the team's settings (the lead may change the cache time), a pull, the sweep. */
export async function teamRound(now = Date.now()): Promise<void> {
  const sessions = teamSessionRepo();
  const session = await connectedSession(sessions);
  if (session) {
    try {
      const me = await teamFetch({ serverUrl: session.serverUrl, path: '/me', token: session.token, answer: Session });
      await sessions.update({ team: me.team, agent: me.agent, settings: me.settings });
      await pullOnce(0);
      await serverReached();
      // The team's packs on the same schedule; a pack that fails is recorded on its row, not thrown.
      await followTeamPacks(session).catch((error: unknown) =>
        console.warn('Careline: checking the team packs failed; trying again next round', error),
      );
    } catch (error) {
      if (!(await stopIfRevoked(error, session, sessions))) throw error;
    }
  }
  // Expired copies go even when sync stopped: the team's data does not outstay its time on this machine.
  await teamCacheRepo().sweep(now);
}

/** Wires the loops to the worker's events. Call once, synchronously, from the background's main. */
export function registerTeamSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_OUTBOX_ALARM) void kickTeamOutbox();
  });
  void browser.alarms.get(TEAM_SYNC_ALARM).then((existing) => {
    if (existing?.periodInMinutes === TEAM_SYNC_MINUTES) return;
    return browser.alarms.create(TEAM_SYNC_ALARM, {
      delayInMinutes: TEAM_SYNC_MINUTES,
      periodInMinutes: TEAM_SYNC_MINUTES,
    });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== TEAM_SYNC_ALARM) return;
    teamRound().catch((error: unknown) => console.warn('Careline: team sync failed; trying again next round', error));
  });
  browser.runtime.onStartup.addListener(() => void kickTeamOutbox());
  // Back online: what waited goes now rather than at its backoff time.
  globalThis.addEventListener?.('online', () => void serverReached());
  void kickTeamOutbox();
}
