/**
 * The outbox as the team lead sees it: how many handoffs are waiting, and every handoff that failed
 * for good, with its reason and Retry. Failures stay here until retried: a case that did not reach
 * the call center must not vanish.
 */
import { useLocale } from '@/components/useLocale';
import { useThrottledRead } from '@/components/useThrottledRead';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import { retryHandoff } from '@/utils/handoff/outbox';

const repo = handoffsRepo();

/** `setUp`: a webhook URL is saved; without one the waiting handoffs wait for it, and this says so. */
export function HandoffOutbox({ setUp }: { setUp: boolean }) {
  const { t, locale, formatDate } = useLocale();
  // Throttled, not live: re-reading on every outbox write would compete with the delivery's own writes.
  const pending = useThrottledRead(repo.pendingCount, ['handoffs']);
  const failed = useThrottledRead(repo.failed, ['handoffs']);
  if (pending === undefined || !failed) return null;
  const count = (n: number) => (locale === 'en' ? String(n) : n);

  // "Nothing waiting" only when nothing is waiting AND nothing failed: a failed case is not done with.
  const lines: string[] = [];
  if (pending > 0) {
    lines.push(
      t(pending === 1 ? 'options.handoff.outboxWaiting.one' : 'options.handoff.outboxWaiting.other', {
        n: count(pending),
      }),
    );
    if (!setUp) lines.push(t('options.handoff.outboxNotSetUp'));
  }
  if (failed.length > 0) {
    lines.push(
      t(failed.length === 1 ? 'options.handoff.outboxFailed.one' : 'options.handoff.outboxFailed.other', {
        n: count(failed.length),
      }),
    );
  }
  if (lines.length === 0) lines.push(t('options.handoff.outboxEmpty'));

  return (
    <div className="handoff-outbox" aria-label={t('options.handoff.outbox')} role="group">
      <h3>{t('options.handoff.outbox')}</h3>
      <p aria-live="polite" className="muted">
        {lines.join(' ')}
      </p>
      {failed.length > 0 ? (
        <ul aria-label={t('options.handoff.failedList')} className="handoff-failed">
          {failed.map((h) => (
            <li key={h.id}>
              <span>
                <strong>@{h.payload.customer.handle}</strong> · {h.payload.reason} · {formatDate(new Date(h.createdAt))}
              </span>
              <span className="error">{h.lastError ?? t('options.handoff.notAccepted')}</span>
              <button
                type="button"
                onClick={() => void retryHandoff(h.id, repo)}
                aria-label={t('options.handoff.retryFor', { handle: h.payload.customer.handle })}
              >
                {t('options.handoff.retry')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
