/** The background's answer to 'careline:team-status': who the agent is in the team, never the token. */
import { teamSessionRepo, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import type { TeamStatus } from './status-types';

export async function teamStatus(repo: TeamSessionRepo = teamSessionRepo()): Promise<TeamStatus> {
  const session = await repo.get();
  if (!session) return { state: 'solo' };
  return { state: session.state, team: session.team.name, agent: { id: session.agent.id, name: session.agent.name } };
}
