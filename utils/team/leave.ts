/**
 * Leaving the team (options page, "Leave team"): the server revokes this browser's token, the session
 * goes, and every customer the team cache kept here becomes an ordinary local customer (no team id,
 * never swept): leaving keeps a local copy. Events not pushed yet stay in the history, unshared.
 */
import { teamCacheRepo, type TeamCacheRepo } from '@/utils/db/team-cache-repo';
import { teamSessionRepo, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { teamFetch } from './client';
import { z } from 'zod';

export interface LeaveOutcome {
  /** Customers now kept as local ones. */
  keptLocal: number;
  /** The server confirmed the token is revoked; false when it could not be reached (the token is deleted here anyway). */
  serverRevoked: boolean;
}

export async function leaveTeamKeepLocal(
  repos: { sessions?: TeamSessionRepo; cache?: TeamCacheRepo } = {},
): Promise<LeaveOutcome> {
  const sessions = repos.sessions ?? teamSessionRepo();
  const session = await sessions.get();
  let serverRevoked = false;
  if (session?.state === 'connected') {
    serverRevoked = await teamFetch({
      serverUrl: session.serverUrl,
      path: '/leave',
      method: 'POST',
      body: {},
      token: session.token,
      answer: z.unknown(),
    }).then(
      () => true,
      () => false,
    );
  }
  const keptLocal = await (repos.cache ?? teamCacheRepo()).keepLocal();
  await sessions.clear();
  return { keptLocal, serverRevoked };
}
