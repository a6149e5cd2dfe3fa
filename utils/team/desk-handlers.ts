/**
 * The background's answers to the panel about the lead's desk: the team's incidents, attaching the
 * post on screen to one, the fixed-reply walk (the next post held for this agent, a post fixed), and
 * a changed topic of an answered post. Only Careline's own pages may ask (background-requests.ts
 * senderMayAsk): each is made in the agent's name.
 */
import type { z } from 'zod';
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { teamFetch, TeamError } from './client';
import {
  AttachPostsResponse,
  FixedResponse,
  IncidentList,
  NextFixResponse,
  PostTopic,
  type SetTopicRequest,
} from './desk-wire';
import type { AttachAnswer, DeskRefused, FixedAnswer, IncidentsAnswer, NextFixAnswer, TopicAnswer } from './desk-types';
import type { TeamNotLive } from './live-types';
import { connectedSession, stopIfRevoked } from './session';

type DeskHandlers = Pick<
  BackgroundHandlers,
  | 'careline:desk-incidents'
  | 'careline:desk-attach'
  | 'careline:desk-next-fix'
  | 'careline:desk-fixed'
  | 'careline:desk-topic'
>;

/** The path of one incident's route: the id goes into the URL, so it is encoded. */
const incidentPath = (id: string, rest = '') => `/incidents/${encodeURIComponent(id)}${rest}`;

/**
 * One call with the connected session: the answer made of the server's, or why there is none (solo,
 * token refused, out of reach, the server's refusal in its words). `conflict` turns a 409 into an answer.
 */
async function deskCall<S extends z.ZodType, A, C = never>(
  sessions: TeamSessionRepo,
  call: { path: string; body?: unknown; answer: S },
  made: (answer: z.infer<S>) => A,
  conflict?: () => C,
): Promise<A | C | TeamNotLive | DeskRefused> {
  const session = await connectedSession(sessions);
  if (!session) return { state: (await sessions.get()) ? 'revoked' : 'solo' };
  try {
    return made(await teamFetch({ serverUrl: session.serverUrl, token: session.token, ...call }));
  } catch (error) {
    if (conflict && error instanceof TeamError && error.status === 409) return conflict();
    return failed(error, session, sessions);
  }
}

async function failed(
  error: unknown,
  session: TeamSessionRecord,
  sessions: TeamSessionRepo,
): Promise<TeamNotLive | DeskRefused> {
  if (await stopIfRevoked(error, session, sessions)) return { state: 'revoked' };
  if (error instanceof TeamError && error.code === 'refused') return { state: 'refused', message: error.message };
  if (!(error instanceof TeamError)) console.warn('Careline: the desk request failed', error);
  return { state: 'offline' };
}

export function listIncidents(sessions: TeamSessionRepo = teamSessionRepo()): Promise<IncidentsAnswer> {
  return deskCall(sessions, { path: '/incidents', answer: IncidentList }, (a) => ({
    state: 'connected' as const,
    incidents: a.incidents,
  }));
}

export function attachPost(
  request: { incidentId: string; statusId: string; handle: string },
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<AttachAnswer> {
  const body = { posts: [{ statusId: request.statusId, handle: request.handle.replace(/^@/, '') }] };
  return deskCall(
    sessions,
    { path: incidentPath(request.incidentId, '/posts'), body, answer: AttachPostsResponse },
    (a) => ({ state: 'connected' as const, attached: a.attached > 0 }),
  );
}

export function nextFix(
  request: { incidentId: string },
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<NextFixAnswer> {
  return deskCall(
    sessions,
    { path: incidentPath(request.incidentId, '/next'), body: {}, answer: NextFixResponse },
    (a) => ({ state: 'connected' as const, post: a.post, left: a.left }),
  );
}

export function markFixed(
  request: { incidentId: string; statusId: string },
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<FixedAnswer> {
  return deskCall(
    sessions,
    { path: incidentPath(request.incidentId, '/fixed'), body: { statusId: request.statusId }, answer: FixedResponse },
    (a) => ({ state: 'connected' as const, left: a.left }),
    () => ({ state: 'taken' as const }),
  );
}

export function setTopic(
  request: z.infer<typeof SetTopicRequest>,
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<TopicAnswer> {
  return deskCall(sessions, { path: '/topics', body: request, answer: PostTopic }, () => ({
    state: 'connected' as const,
  }));
}

export function deskHandlers(): DeskHandlers {
  return {
    'careline:desk-incidents': () => listIncidents(),
    'careline:desk-attach': ({ incidentId, statusId, handle }) => attachPost({ incidentId, statusId, handle }),
    'careline:desk-next-fix': ({ incidentId }) => nextFix({ incidentId }),
    'careline:desk-fixed': ({ incidentId, statusId }) => markFixed({ incidentId, statusId }),
    'careline:desk-topic': ({ statusId, topic, place }) =>
      setTopic({ statusId, topic, ...(place !== undefined ? { place } : {}) }),
  };
}
