/**
 * The team session as the background's sync uses it: only a connected session syncs; a server that
 * no longer accepts the token stops it (state 'revoked') and leaves every local record as it is.
 */
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import type { TeamAuthor } from '@/utils/db/types';
import { TeamError } from './client';

export async function connectedSession(repo: TeamSessionRepo = teamSessionRepo()) {
  const session = await repo.get();
  return session?.state === 'connected' ? session : undefined;
}

/** Who the agent is in the team, while connected: written on the events they make. */
export function authorOf(session: TeamSessionRecord | undefined): TeamAuthor | undefined {
  return session ? { agentId: session.agent.id, name: session.agent.name } : undefined;
}

/**
 * After a failed call with `session`: a refused token marks the session revoked (sync stops until the
 * agent joins again). True when it did. A session replaced meanwhile (the agent joined again) is left alone.
 */
export async function stopIfRevoked(
  error: unknown,
  session: TeamSessionRecord,
  repo: TeamSessionRepo = teamSessionRepo(),
): Promise<boolean> {
  if (!(error instanceof TeamError) || error.code !== 'revoked') return false;
  const current = await repo.get();
  if (current?.token === session.token) await repo.update({ state: 'revoked' });
  return true;
}
