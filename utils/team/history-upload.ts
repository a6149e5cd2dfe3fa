/**
 * The offer made once after joining (options page): upload this agent's local history to the team,
 * or decline. Either answer is remembered on the session, so the offer is not made again. The upload
 * goes through the team outbox like any event (same ids, same order, same retries).
 */
import { teamOutboxRepo, type TeamOutboxRepo } from '@/utils/db/team-outbox-repo';
import { teamSessionRepo, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { authorOf } from './session';
import { teamQueued } from './panel-side';

export type HistoryUpload =
  | { done: true; queued: number }
  /** No connected session, or the offer was answered already. */
  | { done: false; reason: 'not-joined' | 'answered' };

export async function uploadLocalHistory(
  repos: { sessions?: TeamSessionRepo; outbox?: TeamOutboxRepo } = {},
  kick: () => void = teamQueued,
): Promise<HistoryUpload> {
  const sessions = repos.sessions ?? teamSessionRepo();
  const session = await sessions.get();
  const author = session?.state === 'connected' ? authorOf(session) : undefined;
  if (!session || !author) return { done: false, reason: 'not-joined' };
  if (session.historyOffer) return { done: false, reason: 'answered' };
  const queued = await (repos.outbox ?? teamOutboxRepo()).queueHistory(author);
  await sessions.update({ historyOffer: 'uploaded' });
  if (queued > 0) kick();
  return { done: true, queued };
}

export async function declineHistoryUpload(sessions: TeamSessionRepo = teamSessionRepo()): Promise<void> {
  if (await sessions.get()) await sessions.update({ historyOffer: 'declined' });
}
