/**
 * The panel's side of a handoff: gather the case, write it to the outbox with its history event (one
 * transaction, before any network call), then wake the background to deliver it. E-mail and CRM-form
 * handoffs are delivered by the agent's own browser (a mailto: draft, a new tab): they are logged as
 * sent when that opens, and never enter the webhook queue. Saved delivery settings send what waited.
 */
import { askBackground } from '../messaging/background-api';
import { customersRepo } from '../db/customers-repo';
import { eventsRepo } from '../db/events-repo';
import { handoffsRepo } from '../db/handoffs-repo';
import type { HandoffRecord, TeamAuthor } from '../db/types';
import { buildHandoffPayload, HISTORY_IN_CASE, type CaseFields } from './build-payload';
import type { DeliveryMethod } from './types';

export interface HandoffRequest extends CaseFields {
  /** Made when the dialog opens: pressing Send twice queues one handoff. */
  id: string;
  method: DeliveryMethod;
  agentName: string;
  /** Joined to a team: who the agent is there (the handoff's summary is queued for the team). */
  by?: TeamAuthor;
  /** The brand account the agent hands off from (the panel's PageState.account). */
  account?: string;
}

export async function queueHandoff(request: HandoffRequest, now = new Date()): Promise<HandoffRecord> {
  const [customer, history] = await Promise.all([
    customersRepo().get(request.handle),
    eventsRepo().newest(request.handle, HISTORY_IN_CASE * 2),
  ]);
  const createdAt = now.toISOString();
  const payload = buildHandoffPayload({ ...request, createdAt, customer, history });
  const webhook = request.method === 'webhook';
  return handoffsRepo().create(
    {
      // The handle as X shows it: the repo keys it, and a customer it creates keeps the display case.
      id: request.id,
      customerHandle: request.handle,
      createdAt,
      method: request.method,
      payload,
      status: webhook ? 'queued' : 'sent',
      attempts: 0,
      nextAttemptAt: now.getTime(),
      ...(webhook ? {} : { sentAt: createdAt }),
    },
    {
      // A webhook handoff is only queued here (its delivery is logged when it happens); an e-mail
      // draft or a CRM form opening now is the handoff itself.
      customerHandle: request.handle,
      kind: webhook ? 'handoff' : 'handoff-sent',
      at: createdAt,
      agent: request.agentName || undefined,
      tweetUrl: request.conversation.url,
      statusId: request.conversation.statusId,
      text: request.note ? `${request.reason}: ${request.note}` : request.reason,
      ...(request.by ? { by: request.by } : {}),
      ...(request.account ? { account: request.account.toLowerCase() } : {}),
    },
    request.seenName,
  );
}

/** Tell the background a handoff is waiting; if it cannot be reached now, its next start delivers it. */
export function wakeOutbox(): Promise<void> {
  return askBackground({ type: 'careline:handoff-queued' }).then(
    () => undefined,
    () => undefined,
  );
}

/** A failed handoff queued again under the same id, and the background told so it does not wait for its alarm. */
export async function retryHandoff(id: string, repo = handoffsRepo()): Promise<void> {
  await repo.retry(id, Date.now());
  await wakeOutbox();
}

/**
 * After the team lead saved the delivery settings: what waits in the outbox goes now, not at its
 * next backoff time; when the webhook itself changed (address, secret, header, timeout), the
 * webhook handoffs that failed for good go again too, under their ids. Returns how many are due.
 */
export async function sendWaitingHandoffs(failedToo: boolean, repo = handoffsRepo()): Promise<number> {
  const due = await repo.requeueWaiting(Date.now(), failedToo);
  if (due > 0) await wakeOutbox();
  return due;
}
