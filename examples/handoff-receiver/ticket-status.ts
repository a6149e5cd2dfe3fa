/**
 * The way back: the call center tells the agents' team server how a handed-off case stands
 * (received, in progress, solved, closed), and the agent sees it on the customer's card, in History
 * and on the queue. Contract (utils/team/desk-wire.ts, TicketStatusUpdate): POST <team server>/v1/tickets/status
 * with the JSON body, `X-Careline-Team: <team id>` and `X-Careline-Signature: sha256=<hex HMAC-SHA256
 * of the exact body bytes with the team's ticket secret>` (the lead creates the secret in Careline's
 * options → Team). The same update sent twice is stored once, so a sender may simply retry it.
 */
import { createHmac } from 'node:crypto';
import { TicketStatusUpdate, type TicketState } from '../../utils/team/desk-wire';
import type { CaseStore } from './store';

export interface TeamServerLink {
  /** The team server's address, e.g. https://careline.example.com (without /v1). */
  url: string;
  teamId: string;
  /** The team's ticket secret: kept out of logs and out of anything the agents' browsers get. */
  secret: string;
}

export interface TicketStatusInput {
  /** The handoff's id: its Idempotency-Key, as the receiver stored it with the case. */
  handoffId: string;
  ticketId?: string;
  status: TicketState;
  note?: string;
  /** When the state changed; now when left out. Part of what makes an update "the same" on a retry. */
  at?: string;
}

export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The request as the contract wants it; throws when the update would be refused (bad state, long note). */
export function signedTicketStatus(link: TeamServerLink, input: TicketStatusInput, now = new Date()): SignedRequest {
  const update = TicketStatusUpdate.parse({
    format: 'careline-ticket-status',
    version: 1,
    handoffId: input.handoffId,
    ...(input.ticketId ? { ticketId: input.ticketId } : {}),
    status: input.status,
    ...(input.note ? { note: input.note } : {}),
    at: input.at ?? now.toISOString(),
  });
  // Signed over exactly these bytes: the server checks the raw body before it parses anything.
  const body = JSON.stringify(update);
  const signature = `sha256=${createHmac('sha256', link.secret).update(body, 'utf8').digest('hex')}`;
  return {
    url: `${link.url.replace(/\/+$/, '')}/v1/tickets/status`,
    headers: { 'Content-Type': 'application/json', 'X-Careline-Team': link.teamId, 'X-Careline-Signature': signature },
    body,
  };
}

/** Sends one update; what the server stored (`duplicate`: it already had it), or an Error with its words. */
export async function sendTicketStatus(
  link: TeamServerLink,
  input: TicketStatusInput,
  now = new Date(),
): Promise<{ seq: string; duplicate: boolean }> {
  const request = signedTicketStatus(link, input, now);
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // Not JSON (a proxy's page): the text as it came.
    }
    throw new Error(`the team server refused the ticket status (${response.status}): ${message.slice(0, 300)}`);
  }
  return JSON.parse(text) as { seq: string; duplicate: boolean };
}

/** One stored case's status to the team server: its handoff id is the Idempotency-Key it came with. */
export async function sendCaseStatus(
  store: CaseStore,
  link: TeamServerLink | undefined,
  ticketId: string,
  status: TicketState,
  note?: string,
): Promise<{ seq: string; duplicate: boolean }> {
  if (!link) throw new Error('no team server: give the receiver its address, team id and ticket secret');
  const found = store.byTicket(ticketId);
  if (!found) throw new Error(`no case has the ticket ${ticketId}`);
  return sendTicketStatus(link, { handoffId: found.idempotencyKey, ticketId: found.ticketId, status, note });
}
