/**
 * Where the customer's newest handoff is: queued (retrying, with the receiver's last answer), sent,
 * the ticket the call center gave, or failed for good with the reason and Retry. The text keeps the
 * contract's words ("Handoff queued", "Handoff sent", "Ticket <id>").
 */
import type { HandoffSummary } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/pages';
import { useLocale } from '@/components/useLocale';
import { openHandoffSettings } from './open-settings';

function handoffStatusText(h: HandoffSummary, t: Translate, setUp: boolean): string {
  switch (h.status) {
    case 'queued':
      // Nothing is tried until delivery is set up: say what it waits for, not a stale answer.
      if (!setUp) return t('panel.handoff.queuedNoSetup');
      return h.lastError ? t('panel.handoff.queuedRetry', { error: h.lastError }) : t('panel.handoff.queued');
    case 'sending':
      return t('panel.handoff.sending');
    case 'sent':
      if (h.ticketId) return t('panel.handoff.sentTicket', { id: h.ticketId });
      return h.lastError ? t('panel.handoff.sentNote', { error: h.lastError }) : t('panel.handoff.sent');
    case 'failed':
      return t('panel.handoff.failed', { error: h.lastError ?? t('panel.handoff.notAccepted') });
  }
}

/** `setUp`: the webhook is configured; a queued handoff waits for it otherwise. */
export function HandoffStatus({
  handoff,
  setUp,
  onRetry,
}: {
  handoff: HandoffSummary;
  setUp: boolean;
  onRetry: () => void;
}) {
  const { t } = useLocale();
  const text = handoffStatusText(handoff, t, setUp);
  if (handoff.status === 'failed') {
    return (
      <div className="handoff-status failed">
        <p role="alert">{text}</p>
        <button type="button" onClick={onRetry}>
          {t('panel.handoff.retry')}
        </button>
      </div>
    );
  }
  const status = (
    <p role="status" className="handoff-status">
      <span className="muted small">{handoff.reason} · </span>
      {text}
    </p>
  );
  if (setUp || handoff.status !== 'queued') return status;
  // Waiting for the set-up: the way to it, right where the agent reads why.
  return (
    <>
      {status}
      <button type="button" className="link" onClick={openHandoffSettings}>
        {t('panel.handoff.openSettings')}
      </button>
    </>
  );
}
