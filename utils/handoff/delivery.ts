/**
 * Delivering the outbox: what the background runs whenever it wakes (a new handoff, an alarm, the
 * browser starting). At-least-once with one id: each attempt first claims the handoff in IndexedDB
 * with a lease, so a worker stopped mid-request leaves a `sending` row that becomes due again when
 * the lease ends, and the retry carries the same Idempotency-Key (the receiver answers the same
 * ticket instead of opening a second case). Each customer's handoffs go out in the order they were
 * made: a later one waits while an earlier one is still pending.
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';
import type { HandoffsRepo } from '../db/handoffs-repo';
import type { HandoffRecord } from '../db/types';
import { settingsForReason } from './routes';
import { clampTimeout } from './settings';
import type { DeliveryOutcome, HandoffPayload, HandoffSettings } from './types';
import { errorText } from '@/utils/error-text';

// The background sets its language from the agent's setting: the last error is stored in it.
const say = problemSayer(handoffProblems);

export interface DeliveryDeps {
  repo: HandoffsRepo;
  settings: () => Promise<HandoffSettings>;
  post: (settings: HandoffSettings, payload: HandoffPayload) => Promise<DeliveryOutcome>;
  /** When to try again after `attempts` failed attempts (the receiver's Retry-After when it gave one). */
  retryDelay: (attempts: number, retryAfterMs?: number) => number;
  now?: () => number;
  /** Attempts in flight at once (different customers). */
  concurrency?: number;
  /** Called before each POST with the lease's end, so a stopped worker is woken to take it over. */
  onLease?: (until: number) => Promise<void> | void;
}

export interface DeliveryRun {
  /** Attempts made in this run, and how they ended. */
  attempts: number;
  sent: number;
  failed: number;
  /** Epoch ms of the next handoff that will be due (a retry, or a lease ending); undefined when none. */
  nextWakeAt?: number;
}

/** The first pending handoff of each customer: only those may go now (order per customer). */
export function headsOfLine(pending: HandoffRecord[]): HandoffRecord[] {
  const heads = new Map<string, HandoffRecord>();
  for (const h of pending) if (!heads.has(h.customerHandle)) heads.set(h.customerHandle, h);
  return [...heads.values()];
}

/** A lease outlasts the slowest attempt the settings allow, with room for the answer to be written. */
export const leaseMs = (settings: HandoffSettings) => clampTimeout(settings.timeoutMs) + 5_000;

export async function deliverDue(deps: DeliveryDeps): Promise<DeliveryRun> {
  const now = deps.now ?? Date.now;
  const run: DeliveryRun = { attempts: 0, sent: 0, failed: 0 };
  const settings = await deps.settings();
  // Not set up yet: the handoffs wait (the panel says so) until the settings are saved, which wakes
  // this run again. Failing them would log a failure nobody could have avoided. A reason routed to
  // its own webhook goes there; the others wait for the default one.
  const deliverable = (h: HandoffRecord) => settingsForReason(settings, h.payload.reason).webhookUrl.trim() !== '';
  if (!settings.webhookUrl.trim() && !settings.routes.some((r) => r.method === 'webhook')) return run;
  // One read of the outbox per run, then each customer's line kept in memory: re-reading every
  // pending row (payloads included) before each attempt made delivery quadratic in the backlog.
  // Handoffs queued meanwhile are picked up by the next run (the runner goes round again on a kick);
  // the claim in IndexedDB, not this copy, decides who may send.
  const lines = new Map<string, HandoffRecord[]>();
  for (const h of await deps.repo.pending()) {
    const line = lines.get(h.customerHandle);
    if (line) line.push(h);
    else lines.set(h.customerHandle, [h]);
  }
  // Customers with an attempt in flight: their next handoff waits for the answer.
  const busy = new Set<string>();
  // Each lane takes the next due head of line that no other lane holds, until none is due: a slow
  // receiver answer for one customer does not hold up the others.
  const lane = async () => {
    for (;;) {
      const line = [...lines.values()].find(
        (l) => l[0] && !busy.has(l[0].customerHandle) && l[0].nextAttemptAt <= now() && deliverable(l[0]),
      );
      const next = line?.[0];
      if (!line || !next) return;
      busy.add(next.customerHandle);
      try {
        const { kind, record } = await attempt(deps, settings, next, now);
        if (kind) run.attempts++;
        if (kind === 'sent') run.sent++;
        if (kind === 'failed') run.failed++;
        // Still pending (a retry): it stays at the head with its new time. Anything else (sent,
        // failed, taken by another worker): the customer's next handoff moves up, or, when we lost
        // the claim, this run leaves the customer to whoever holds it.
        if (kind === 'retry' && record?.status === 'queued') line[0] = record;
        else if (kind) line.shift();
        else lines.delete(next.customerHandle);
      } finally {
        busy.delete(next.customerHandle);
      }
    }
  };
  await Promise.all(Array.from({ length: deps.concurrency ?? 4 }, lane));
  const heads = headsOfLine(await deps.repo.pending());
  run.nextWakeAt = heads.length ? Math.min(...heads.map((h) => h.nextAttemptAt)) : undefined;
  return run;
}

async function attempt(
  deps: DeliveryDeps,
  settings: HandoffSettings,
  h: HandoffRecord,
  now: () => number,
): Promise<{ kind?: DeliveryOutcome['kind']; record?: HandoffRecord }> {
  const lease = leaseMs(settings);
  const claimed = await deps.repo.claim(h.id, now(), lease);
  if (!claimed) return {};
  await deps.onLease?.(claimed.nextAttemptAt);
  const routed = settingsForReason(settings, claimed.payload.reason);
  // Through a promise, so a post that throws before returning one is a retry too, not a lost run.
  const outcome: DeliveryOutcome = await Promise.resolve()
    .then(() => deps.post(routed, claimed.payload))
    .catch((error: unknown) => ({
      kind: 'retry' as const,
      message: say('handoff.delivery.postFailed', { error: errorText(error) }),
    }));
  const retryAt =
    outcome.kind === 'retry' ? now() + deps.retryDelay(claimed.attempts, outcome.retryAfterMs) : undefined;
  const record = await deps.repo.settle(claimed.id, outcome, now(), retryAt, claimed.attempts);
  return { kind: outcome.kind, record };
}
