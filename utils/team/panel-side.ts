/**
 * The panel's side of the team: it asks the background (which holds the token) who the agent is in
 * the team, and tells it when something was queued. Nothing here reaches the secrets database.
 */
import type { TeamAuthor } from '@/utils/db/types';
import { askBackground } from '@/utils/messaging/background-api';
import type { TeamStatus } from './status-types';

/** Solo when the background cannot be asked (it answers again on its next start). */
export async function teamStatusForPage(): Promise<TeamStatus> {
  try {
    return (await askBackground({ type: 'careline:team-status' })) ?? { state: 'solo' };
  } catch {
    return { state: 'solo' };
  }
}

/** Who the agent is in the team while connected, written on the events they make; undefined when solo. */
export async function teamAuthor(): Promise<TeamAuthor | undefined> {
  const status = await teamStatusForPage();
  return status.state === 'connected' ? { agentId: status.agent.id, name: status.agent.name } : undefined;
}

/** An event was queued for the team: push now. If the background is not there, its next start pushes. */
export function teamQueued(): void {
  void askBackground({ type: 'careline:team-queued' }).catch(() => undefined);
}
