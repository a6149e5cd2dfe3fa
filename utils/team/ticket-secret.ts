/**
 * The lead's ticket secret: the key the call center signs ticket status updates with (POST
 * /v1/tickets/status). The server shows it once, when created or rotated; after that only whether
 * there is one and since when.
 */
import type { TeamSessionRecord } from '../db/team-session-repo';
import { teamFetch } from './client';
import { TicketSecretCreated, TicketSecretInfo } from './desk-wire';

type Auth = Pick<TeamSessionRecord, 'serverUrl' | 'token'>;

export const ticketSecretApi = {
  info: (s: Auth): Promise<TicketSecretInfo> =>
    teamFetch({ serverUrl: s.serverUrl, token: s.token, path: '/tickets/secret', answer: TicketSecretInfo }),
  /** A new secret; the old one stops working at once. */
  rotate: (s: Auth): Promise<TicketSecretCreated> =>
    teamFetch({
      serverUrl: s.serverUrl,
      token: s.token,
      path: '/tickets/secret',
      method: 'POST',
      body: {},
      answer: TicketSecretCreated,
    }),
};

/** Where the call center sends its updates: the team server's address with the route. */
export function ticketStatusUrl(serverUrl: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/v1/tickets/status`;
}
