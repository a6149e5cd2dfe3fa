/**
 * Where the customer's newest handoff is: queued (retrying, with the receiver's last answer), sent,
 * the ticket the call center gave, or failed for good with the reason and Retry. The text keeps the
 * contract's words ("Handoff queued", "Handoff sent", "Ticket <id>").
 */
import type { HandoffSummary } from '@/utils/db/types';

export function handoffStatusText(h: HandoffSummary): string {
  switch (h.status) {
    case 'queued':
      return h.lastError ? `Handoff queued: will retry (${h.lastError})` : 'Handoff queued';
    case 'sending':
      return 'Handoff queued: sending…';
    case 'sent':
      return h.ticketId ? `Handoff sent · Ticket ${h.ticketId}` : `Handoff sent${h.lastError ? ` (${h.lastError})` : ''}`;
    case 'failed':
      return `Handoff failed: ${h.lastError ?? 'the call center did not accept it'}`;
  }
}

export function HandoffStatus({ handoff, onRetry }: { handoff: HandoffSummary; onRetry: () => void }) {
  const text = handoffStatusText(handoff);
  if (handoff.status === 'failed') {
    return (
      <div className="handoff-status failed">
        <p role="alert">{text}</p>
        <button type="button" onClick={onRetry}>Retry</button>
      </div>
    );
  }
  return (
    <p role="status" className="handoff-status">
      <span className="muted small">{handoff.reason} · </span>
      {text}
    </p>
  );
}
