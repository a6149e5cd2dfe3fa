/**
 * The agent's team session: which team server, the token it gave, and who the agent is there. In
 * the secrets database (utils/db/secrets-repo.ts), which only the background and the options page
 * open: x.com's tab, the content script and the panel never hold the token.
 */
import type { Session } from '../team/wire';
import { secretsDatabase, type SecretsDatabase } from './secrets-repo';

export type TeamSessionState =
  /** Syncing normally. */
  | 'connected'
  /** The server refused the token (a lead revoked it): sync stopped, local data kept. */
  | 'revoked';

export interface TeamSessionRecord extends Session {
  /** Always TEAM_SESSION_ID: one team at a time. */
  id: string;
  serverUrl: string;
  token: string;
  state: TeamSessionState;
  joinedAt: string;
  /** Set once the agent answered the offer to upload their local history (uploaded or declined). */
  historyOffer?: 'uploaded' | 'declined';
  /** The seq to pull after (wire SyncRequest.after). */
  cursor: string;
}

const TEAM_SESSION_ID = 'team';

export function teamSessionRepo(db: SecretsDatabase = secretsDatabase()) {
  return {
    get: (): Promise<TeamSessionRecord | undefined> => db.team.get(TEAM_SESSION_ID),
    async put(session: Omit<TeamSessionRecord, 'id'>): Promise<void> {
      await db.team.put({ ...session, id: TEAM_SESSION_ID });
    },
    async update(changes: Partial<Omit<TeamSessionRecord, 'id'>>): Promise<void> {
      await db.team.update(TEAM_SESSION_ID, changes);
    },
    async clear(): Promise<void> {
      await db.team.delete(TEAM_SESSION_ID);
    },
  };
}

export type TeamSessionRepo = ReturnType<typeof teamSessionRepo>;
