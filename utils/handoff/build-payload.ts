/**
 * The case as the call center receives it (contract: "careline-handoff" version 1), built once when
 * the agent presses Send and stored in the outbox as is: every attempt sends the same bytes.
 */
import type { CustomerEventRecord, CustomerRecord } from '../db/types';
import type { HandoffPayload, HandoffPriority } from './types';

/** Recent history sent with the case: enough for the call center to pick up the thread. */
export const HISTORY_IN_CASE = 10;

/** What the agent and the page say about the case (the dialog's fields and the tweet in view). */
export interface CaseFields {
  /** The handle as X shows it (the record's when Careline knows the customer). */
  handle: string;
  /** What X shows when Careline has no record (the display name on the tweet). */
  seenName?: string;
  conversation: { url?: string; statusId?: string; text?: string; lang?: string };
  reason: string;
  priority: HandoffPriority;
  note: string;
  /** E.164 (or the Korean representative number as typed), already validated. */
  callbackPhone?: string;
}

export interface CaseInput extends CaseFields {
  id: string;
  createdAt: string;
  agentName: string;
  customer?: CustomerRecord;
  /** The customer's history, newest first. */
  history: CustomerEventRecord[];
}

const KIND: Partial<Record<CustomerEventRecord['kind'], HandoffPayload['history'][number]['kind']>> = {
  'reply-sent': 'reply',
  note: 'note',
  handoff: 'handoff',
  // An e-mail or CRM handoff (with its reason as text); a webhook's delivery event has no text and
  // stays out, so each earlier handoff is in the case once.
  'handoff-sent': 'handoff',
};

export function buildHandoffPayload(input: CaseInput): HandoffPayload {
  const c = input.customer;
  const history = input.history
    // Drafts never reached the customer; tag changes and imports are bookkeeping.
    .filter((e) => KIND[e.kind] && e.text)
    .slice(0, HISTORY_IN_CASE)
    .map((e) => ({ at: e.at, kind: KIND[e.kind] as HandoffPayload['history'][number]['kind'], text: e.text ?? '' }));
  const payload: HandoffPayload = {
    format: 'careline-handoff',
    version: 1,
    id: input.id,
    createdAt: input.createdAt,
    agent: { name: input.agentName },
    customer: {
      handle: c?.displayHandle ?? input.handle.replace(/^@/, ''),
      ...defined({ name: c?.name ?? input.seenName, id: c?.customerId, phone: c?.phone }),
      // The contract's customer has no plan or e-mail field: the call center gets them as attributes.
      attributes: { ...defined({ plan: c?.plan, email: c?.email }), ...c?.attributes },
    },
    conversation: defined(input.conversation),
    reason: input.reason,
    priority: input.priority,
    note: input.note,
    history,
  };
  if (input.callbackPhone) payload.callbackPhone = input.callbackPhone;
  return payload;
}

/** Without the keys whose value is undefined or empty: JSON would drop them anyway, tests compare exactly. */
function defined<T extends Record<string, string | undefined>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
