/**
 * What Careline's pages learn about the team from the background: never the token. The panel asks
 * through BackgroundApi; `teamStatus` is the background's answer.
 */
import { teamSessionRepo, type TeamSessionRepo } from '@/utils/db/team-session-repo';

export type TeamStatus =
  | { state: 'solo' }
  /** `revoked`: the server refused the token; sync stopped, everything local kept. */
  | { state: 'connected' | 'revoked'; team: string; agent: { id: string; name: string } };

/** `offline`: the team server could not be reached; the card shows what this machine has. */
export type TeamLookupAnswer = { state: 'solo' | 'revoked' | 'offline' } | { state: 'connected'; found: boolean };
export type TeamWatchAnswer = { state: 'solo' | 'revoked' | 'offline' } | { state: 'connected'; changed: boolean };

export async function teamStatus(repo: TeamSessionRepo = teamSessionRepo()): Promise<TeamStatus> {
  const session = await repo.get();
  if (!session) return { state: 'solo' };
  return { state: session.state, team: session.team.name, agent: { id: session.agent.id, name: session.agent.name } };
}
