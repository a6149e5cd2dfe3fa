/**
 * Joining and leaving a team from the options page, which may hold the token: the invite code is
 * exchanged for a token (POST /join), and the session goes into the secrets database. Nothing is
 * stored unless the server answered a valid session, so a bad address or code changes nothing.
 */
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '../db/team-session-repo';
import { checkServerUrl, teamFetch, TeamError } from './client';
import { JoinResponse, Session, type JoinResponse as Joined } from './wire';
import { z } from 'zod';

/** The server's base address as the session keeps it (no trailing slash). */
export function normaliseServerUrl(input: string): string {
  return checkServerUrl(input).href.replace(/\/+$/, '');
}

/** Stores a session the server just granted (join or company sign-in); the sync cursor starts at 0. */
export async function storeJoinedSession(
  serverUrl: string,
  joined: Joined,
  repo: TeamSessionRepo = teamSessionRepo(),
  now = new Date(),
): Promise<TeamSessionRecord> {
  const record = {
    serverUrl,
    token: joined.token,
    team: joined.team,
    agent: joined.agent,
    settings: joined.settings,
    state: 'connected' as const,
    joinedAt: now.toISOString(),
    cursor: '0',
  };
  await repo.put(record);
  return { ...record, id: 'team' };
}

/** Exchanges a one-time invite code for this browser's token. Throws TeamError; stores nothing then. */
export async function joinTeam(
  input: { serverUrl: string; inviteCode: string },
  repo: TeamSessionRepo = teamSessionRepo(),
): Promise<TeamSessionRecord> {
  const serverUrl = normaliseServerUrl(input.serverUrl);
  const inviteCode = input.inviteCode.trim();
  if (inviteCode.length < 8) throw new TeamError('refused', 'not an invite code', undefined, 'invite-format');
  const joined = await teamFetch({ serverUrl, path: '/join', body: { inviteCode }, answer: JoinResponse });
  return storeJoinedSession(serverUrl, joined, repo);
}

/** Reads who this browser is on the team again (the lead may have renamed the team or changed settings). */
export async function refreshSession(
  repo: TeamSessionRepo = teamSessionRepo(),
): Promise<TeamSessionRecord | undefined> {
  const session = await repo.get();
  if (!session || session.state !== 'connected') return session;
  try {
    const me = await teamFetch({ serverUrl: session.serverUrl, path: '/me', token: session.token, answer: Session });
    await repo.update({ team: me.team, agent: me.agent, settings: me.settings });
    return { ...session, ...me };
  } catch (error) {
    if (error instanceof TeamError && error.code === 'revoked') {
      await repo.update({ state: 'revoked' });
      return { ...session, state: 'revoked' };
    }
    throw error;
  }
}

export interface LeaveOutcome {
  /** False when the server could not be told: the token stays valid there until a lead revokes it. */
  serverTold: boolean;
}

/**
 * Leaves the team on this computer: the server revokes the token, the session is forgotten, and
 * every customer and history entry already in this browser stays (the agent keeps a local copy).
 * An unreachable server does not keep the agent in the team.
 */
export async function leaveTeam(repo: TeamSessionRepo = teamSessionRepo()): Promise<LeaveOutcome> {
  const session = await repo.get();
  if (!session) return { serverTold: true };
  let serverTold = session.state === 'revoked';
  if (!serverTold) {
    try {
      await teamFetch({
        serverUrl: session.serverUrl,
        path: '/leave',
        token: session.token,
        body: {},
        answer: z.unknown(),
      });
      serverTold = true;
    } catch (error) {
      // Already revoked there: nothing left to tell.
      serverTold = error instanceof TeamError && error.code === 'revoked';
    }
  }
  await repo.clear();
  return { serverTold };
}
