/**
 * The words of a call center's ticket status: "Ticket T-1042: Solved", and which one the card shows
 * (the newest for the customer's newest handoff). Pure, for the panel and its tests.
 */
import type { CustomerEventRecord } from '@/utils/db/types';
import type { MessageKey, Translate } from '@/utils/i18n/pages';

const STATES: Record<string, MessageKey> = {
  received: 'panel.ticket.state.received',
  'in-progress': 'panel.ticket.state.in-progress',
  solved: 'panel.ticket.state.solved',
  closed: 'panel.ticket.state.closed',
};

/** "Ticket T-1042: Solved" (or "Ticket: Solved" when the call center gave no ticket id). */
export function ticketEntryText(e: Pick<CustomerEventRecord, 'ticketId' | 'ticketStatus'>, t: Translate): string {
  const key = e.ticketStatus && Object.hasOwn(STATES, e.ticketStatus) ? STATES[e.ticketStatus] : undefined;
  const state = key ? t(key) : (e.ticketStatus ?? '');
  return e.ticketId ? t('panel.ticket.entry', { id: e.ticketId, state }) : t('panel.ticket.entryNoId', { state });
}

/**
 * The newest ticket status in `history` (newest first): of the handoff `handoffId` when the card knows
 * its newest handoff, else of any handoff (a colleague's, which this machine has no outbox entry for).
 */
export function latestTicketStatus(
  history: readonly CustomerEventRecord[],
  handoffId: string | undefined,
): CustomerEventRecord | undefined {
  const tickets = history.filter((e) => e.kind === 'ticket-status');
  return (handoffId && tickets.find((e) => e.handoffId === handoffId)) || tickets[0];
}
