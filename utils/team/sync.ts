/**
 * Pulling from the team: what changed since the session's cursor for the customers kept here, then
 * lookups of a customer the agent opens. Both write IndexedDB only: the card follows by its live read.
 */
import { teamCacheRepo, type TeamCacheRepo } from '@/utils/db/team-cache-repo';
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { teamFetch } from './client';
import { seqAfter } from './apply';
import { connectedSession, stopIfRevoked } from './session';
import { LookupResponse, SyncResponse, type CustomerRef } from './wire';

export interface TeamRepos {
  cache: TeamCacheRepo;
  sessions: TeamSessionRepo;
}

const defaultRepos = (): TeamRepos => ({ cache: teamCacheRepo(), sessions: teamSessionRepo() });

export type PullOutcome =
  | { state: 'solo' | 'revoked' }
  /** `changed`: something on this machine changed (events added, a customer erased). */
  | { state: 'connected'; changed: boolean };

async function noSession(repos: TeamRepos): Promise<{ state: 'solo' | 'revoked' }> {
  const session = await repos.sessions.get();
  return { state: session ? 'revoked' : 'solo' };
}

/**
 * One pull; `waitMs` > 0 waits that long on the server for the first change (long poll). `ids`: the
 * customers to ask about, when the caller has just read them (else every customer kept here).
 */
export async function pullOnce(
  waitMs = 0,
  repos: TeamRepos = defaultRepos(),
  signal?: AbortSignal,
  ids?: readonly string[],
): Promise<PullOutcome> {
  const session = await connectedSession(repos.sessions);
  if (!session) return noSession(repos);
  const customerIds = ids ?? (await repos.cache.teamIds());
  if (customerIds.length === 0) return { state: 'connected', changed: false };
  try {
    const answer = await teamFetch({
      serverUrl: session.serverUrl,
      path: '/sync',
      token: session.token,
      body: { customerIds: customerIds.slice(0, 5_000), after: session.cursor, waitMs },
      answer: SyncResponse,
      signal,
    });
    const changed = await repos.cache.applyPulled(answer.events, answer.erased);
    await advanceCursor(session, answer.cursor, repos.sessions);
    return { state: 'connected', changed };
  } catch (error) {
    if (await stopIfRevoked(error, session, repos.sessions)) return { state: 'revoked' };
    throw error;
  }
}

/** Moves the cursor forward only (two pulls may answer out of order), and only for the same session. */
async function advanceCursor(session: TeamSessionRecord, cursor: string, sessions: TeamSessionRepo): Promise<void> {
  const current = await sessions.get();
  if (!current || current.token !== session.token) return;
  if (seqAfter(cursor, current.cursor)) await sessions.update({ cursor });
}

export type LookupOutcome = { state: 'solo' | 'revoked' } | { state: 'connected'; found: boolean };

const HOUR_MS = 60 * 60 * 1000;

/**
 * The agent opened a customer's card: ask the team's record (the server logs the lookup) and keep
 * the answer here for the team's cache time. `ref` is what the panel resolved, never re-read from x.com.
 */
export async function lookupCustomer(
  ref: CustomerRef,
  repos: TeamRepos = defaultRepos(),
  now = Date.now(),
): Promise<LookupOutcome> {
  const session = await connectedSession(repos.sessions);
  if (!session) return noSession(repos);
  try {
    const answer = await teamFetch({
      serverUrl: session.serverUrl,
      path: '/customers/lookup',
      token: session.token,
      body: { customer: ref },
      answer: LookupResponse,
    });
    if (!answer.customer) return { state: 'connected', found: false };
    const until = now + session.settings.cacheHours * HOUR_MS;
    await repos.cache.cacheLookup({ ...answer, customer: answer.customer }, { handle: ref.handle }, until);
    return { state: 'connected', found: true };
  } catch (error) {
    if (await stopIfRevoked(error, session, repos.sessions)) return { state: 'revoked' };
    throw error;
  }
}
