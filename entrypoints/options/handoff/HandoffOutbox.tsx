/**
 * The outbox as the team lead sees it: how many handoffs are waiting, and every handoff that failed
 * for good, with its reason and Retry. Failures stay here until retried: a case that did not reach
 * the call center must not vanish.
 */
import { useThrottledRead } from '@/components/useThrottledRead';
import { browser } from 'wxt/browser';
import { handoffsRepo } from '@/utils/db/handoffs-repo';

const repo = handoffsRepo();

/** Queued again under the same id; the background is told so it does not wait for its alarm. */
async function retry(id: string): Promise<void> {
  await repo.retry(id, Date.now());
  await browser.runtime.sendMessage({ type: 'careline:handoff-queued' }).catch(() => undefined);
}

export function HandoffOutbox() {
  // Throttled, not live: re-reading on every outbox write would compete with the delivery's own writes.
  const pending = useThrottledRead(repo.pendingCount, ['handoffs']);
  const failed = useThrottledRead(repo.failed, ['handoffs']);
  if (pending === undefined || !failed) return null;

  return (
    <div className="handoff-outbox" aria-label="Outbox" role="group">
      <h3>Outbox</h3>
      <p aria-live="polite" className="muted">
        {pending === 0 ? 'No handoffs waiting.' : `${pending} handoff${pending === 1 ? '' : 's'} waiting to be delivered (the panel shows each one's last answer).`}
      </p>
      {failed.length > 0 ? (
        <ul aria-label="Failed handoffs" className="handoff-failed">
          {failed.map((h) => (
            <li key={h.id}>
              <span>
                <strong>@{h.payload.customer.handle}</strong> · {h.payload.reason} · {new Date(h.createdAt).toLocaleString()}
              </span>
              <span className="error">{h.lastError ?? 'Not accepted by the call center'}</span>
              <button type="button" onClick={() => void retry(h.id)} aria-label={`Retry handoff for @${h.payload.customer.handle}`}>
                Retry
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
