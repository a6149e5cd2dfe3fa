/**
 * The background's answers to the panel about the live team: a one-time ticket for the panel's live
 * connection (the panel never holds the token), and claims. Only Careline's own pages may ask
 * (background-requests.ts senderMayAsk).
 */
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { checkServerUrl, teamFetch, TeamError } from './client';
import {
  ClaimConflict,
  ClaimResponse,
  LIVE_PATH,
  LiveTicketResponse,
  QueueMarksResponse,
  ReleaseResponse,
  type Claim,
  type ClaimRequest,
} from './live-wire';
import type { ClaimAnswer, ClaimsAnswer, LiveTicketAnswer, ReleaseAnswer, TeamNotLive } from './live-types';
import { connectedSession, stopIfRevoked } from './session';

type LiveHandlers = Pick<
  BackgroundHandlers,
  'careline:team-live-ticket' | 'careline:team-claims' | 'careline:team-claim' | 'careline:team-release'
>;

/** The live connection's address on the team server: ws:// beside http://, wss:// beside https://. */
export function liveUrl(serverUrl: string): string {
  const base = checkServerUrl(serverUrl);
  base.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${base.href.replace(/\/+$/, '')}${LIVE_PATH}`;
}

/**
 * The queue's cursor for the running claims, kept while the worker lives: the marks answer carries
 * every running claim whatever the cursor, so only the first ask in a worker's life reads the week's marks.
 */
let claimsCursor = '0';

async function runningClaims(session: TeamSessionRecord): Promise<Claim[]> {
  const answer = await teamFetch({
    serverUrl: session.serverUrl,
    path: '/queue/marks',
    token: session.token,
    body: { after: claimsCursor },
    answer: QueueMarksResponse,
  });
  claimsCursor = answer.cursor;
  return answer.claims;
}

async function notLive(error: unknown, session: TeamSessionRecord, sessions: TeamSessionRepo): Promise<TeamNotLive> {
  if (await stopIfRevoked(error, session, sessions)) return { state: 'revoked' };
  if (!(error instanceof TeamError)) console.warn('Careline: the live team request failed', error);
  return { state: 'offline' };
}

async function noSession(sessions: TeamSessionRepo): Promise<TeamNotLive> {
  return { state: (await sessions.get()) ? 'revoked' : 'solo' };
}

function refusal(error: unknown): { state: 'refused'; message: string } | undefined {
  return error instanceof TeamError && error.code === 'refused'
    ? { state: 'refused', message: error.message }
    : undefined;
}

export async function liveTicket(sessions: TeamSessionRepo = teamSessionRepo()): Promise<LiveTicketAnswer> {
  const session = await connectedSession(sessions);
  if (!session) return noSession(sessions);
  try {
    const answer = await teamFetch({
      serverUrl: session.serverUrl,
      path: '/live/ticket',
      token: session.token,
      body: {},
      answer: LiveTicketResponse,
    });
    return { state: 'connected', url: liveUrl(session.serverUrl), ticket: answer.ticket };
  } catch (error) {
    return notLive(error, session, sessions);
  }
}

/**
 * Asked once the connection is welcomed, not with the ticket: a claim taken between the two would
 * otherwise be in neither the list nor the connection's news.
 */
export async function liveClaims(sessions: TeamSessionRepo = teamSessionRepo()): Promise<ClaimsAnswer> {
  const session = await connectedSession(sessions);
  if (!session) return noSession(sessions);
  try {
    return { state: 'connected', claims: await runningClaims(session) };
  } catch (error) {
    return notLive(error, session, sessions);
  }
}

export async function takeClaim(
  target: ClaimRequest,
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<ClaimAnswer> {
  const session = await connectedSession(sessions);
  if (!session) return noSession(sessions);
  try {
    const answer = await teamFetch({
      serverUrl: session.serverUrl,
      path: '/claims',
      token: session.token,
      body: target,
      answer: ClaimResponse,
    });
    return { state: 'connected', claim: answer.claim };
  } catch (error) {
    const conflict =
      error instanceof TeamError && error.status === 409 ? ClaimConflict.safeParse(error.body) : undefined;
    if (conflict?.success) return { state: 'claimed', claim: conflict.data.claim };
    return refusal(error) ?? notLive(error, session, sessions);
  }
}

export async function releaseClaim(
  target: ClaimRequest,
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<ReleaseAnswer> {
  const session = await connectedSession(sessions);
  if (!session) return noSession(sessions);
  try {
    const answer = await teamFetch({
      serverUrl: session.serverUrl,
      path: '/claims/release',
      token: session.token,
      body: target,
      answer: ReleaseResponse,
    });
    return { state: 'connected', released: answer.released };
  } catch (error) {
    return refusal(error) ?? notLive(error, session, sessions);
  }
}

/** Only the post or only the customer: the door checked that exactly one is there. */
function targetOf(request: { postId?: string; customerId?: string }): ClaimRequest {
  return request.postId ? { postId: request.postId } : { customerId: request.customerId };
}

export function liveHandlers(): LiveHandlers {
  return {
    'careline:team-live-ticket': () => liveTicket(),
    'careline:team-claims': () => liveClaims(),
    'careline:team-claim': (request) => takeClaim(targetOf(request)),
    'careline:team-release': (request) => releaseClaim(targetOf(request)),
  };
}
