/**
 * What a team lead does from the options page: invite agents, see and revoke them, set how long
 * customers are cached and events kept, and the lead's data tools (import, erase, access review).
 * Each call carries the session's token; the server checks the role (403 for an agent).
 */
import { z } from 'zod';
import type { TeamSessionRecord } from '../db/team-session-repo';
import { teamFetch } from './client';
import {
  AccessReview,
  AgentRow,
  EraseResponse,
  ImportResponse,
  InviteResponse,
  TeamSettings,
  type CustomerRef,
  type Role,
} from './wire';

export type AgentRow = z.infer<typeof AgentRow>;
export type { AccessReview } from './wire';
export type ImportResult = z.infer<typeof ImportResponse>;
export type Invite = z.infer<typeof InviteResponse>;

type Auth = Pick<TeamSessionRecord, 'serverUrl' | 'token'>;
const auth = (s: Auth) => ({ serverUrl: s.serverUrl, token: s.token });

export const leadApi = {
  invite: (s: Auth, name: string, role: Role): Promise<Invite> =>
    teamFetch({ ...auth(s), path: '/invites', body: { name, role }, answer: InviteResponse }),
  agents: (s: Auth): Promise<AgentRow[]> => teamFetch({ ...auth(s), path: '/agents', answer: z.array(AgentRow) }),
  revoke: (s: Auth, agentId: string): Promise<unknown> =>
    teamFetch({ ...auth(s), path: '/agents/revoke', body: { agentId }, answer: z.unknown() }),
  settings: (s: Auth): Promise<TeamSettings> => teamFetch({ ...auth(s), path: '/settings', answer: TeamSettings }),
  saveSettings: (s: Auth, settings: TeamSettings): Promise<TeamSettings> =>
    teamFetch({ ...auth(s), path: '/settings', method: 'PUT', body: settings, answer: TeamSettings }),
  /** The CRM's CSV as the lead chose it (CP949 or UTF-8: the server decodes it). All or nothing; problems in `language`. */
  importCsv: (s: Auth, file: Blob, language: 'en' | 'ko'): Promise<ImportResult> =>
    teamFetch({
      ...auth(s),
      path: '/customers/import',
      rawBody: { data: file, type: 'text/csv' },
      answer: ImportResponse,
      language,
    }),
  erase: (s: Auth, customer: CustomerRef): Promise<{ erased: boolean }> =>
    teamFetch({ ...auth(s), path: '/customers/erase', body: { customer }, answer: EraseResponse }),
  /** `month` as YYYY-MM; in the query string because it is not personal data. */
  accessReview: (s: Auth, month: string): Promise<AccessReview> =>
    teamFetch({ ...auth(s), path: `/access-review?month=${encodeURIComponent(month)}`, answer: AccessReview }),
};

/** A customer as the lead types them for an erase: @handle, X's numeric user id, or the CRM's customer id. */
export function customerRefFrom(input: string): CustomerRef | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const handle = /^@([A-Za-z0-9_]{1,15})$/.exec(text)?.[1];
  if (handle) return { handle };
  if (/^\d{1,25}$/.test(text)) return { xUserId: text };
  if (text.length <= 200) return { crmId: text };
  return undefined;
}
