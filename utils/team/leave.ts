/**
 * Leaving the team (options page, "Leave team"): every customer the team cache kept here first
 * becomes an ordinary local customer (no team id, never swept), then the server revokes the token
 * and the session goes (membership.ts leaveTeam). Leaving keeps a local copy; events not pushed yet
 * stay in the history, unshared.
 */
import { teamCacheRepo, type TeamCacheRepo } from '@/utils/db/team-cache-repo';
import { teamSessionRepo, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { leaveTeam, type LeaveOutcome } from './membership';

export async function leaveTeamKeepLocal(
  repos: { sessions?: TeamSessionRepo; cache?: TeamCacheRepo } = {},
): Promise<LeaveOutcome & { keptLocal: number }> {
  // Before the session goes: the background's sweep never finds a team copy without a team.
  const keptLocal = await (repos.cache ?? teamCacheRepo()).keepLocal();
  const outcome = await leaveTeam(repos.sessions ?? teamSessionRepo());
  return { ...outcome, keptLocal };
}
