/**
 * The background's answers to the lead's desk in options → Team: the report, incidents opened and
 * resolved, a topic's posts as the server's CSV. The background reads the token and calls the team
 * server; the options page gets the answer and never the token. Only the options page may ask
 * (background-requests.ts), and the server checks the role (403 for an agent).
 */
import { z } from 'zod';
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { teamSessionRepo, type TeamSessionRecord, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { teamFetch, teamFetchText, TeamError } from './client';
import { DeskReport, IncidentList } from './desk-wire';
import type { LeadDeskAnswer, LeadDeskFailure } from './lead-desk-types';
import { connectedSession, stopIfRevoked } from './session';

type LeadDeskHandlers = Pick<
  BackgroundHandlers,
  | 'careline:lead-desk'
  | 'careline:lead-incidents'
  | 'careline:lead-incident-open'
  | 'careline:lead-incident-resolve'
  | 'careline:lead-topic-export'
>;

async function failure(
  error: unknown,
  session: TeamSessionRecord,
  sessions: TeamSessionRepo,
): Promise<LeadDeskFailure> {
  if (await stopIfRevoked(error, session, sessions)) return { state: 'revoked' };
  if (error instanceof TeamError) {
    return {
      state: 'failed',
      code: error.code,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.serverCode === undefined ? {} : { serverCode: error.serverCode }),
    };
  }
  console.warn('Careline: the lead desk request failed', error);
  return { state: 'failed', code: 'network', message: 'the team server could not be reached' };
}

/** Runs `call` with the connected session's server and token; any failure becomes an answer, never a throw. */
async function withSession<T>(
  call: (auth: { serverUrl: string; token: string }) => Promise<T>,
  sessions: TeamSessionRepo = teamSessionRepo(),
): Promise<LeadDeskAnswer<T>> {
  const session = await connectedSession(sessions);
  if (!session) return { state: (await sessions.get()) ? 'revoked' : 'solo' };
  try {
    return { state: 'ok', value: await call({ serverUrl: session.serverUrl, token: session.token }) };
  } catch (error) {
    return failure(error, session, sessions);
  }
}

/** Dates and the account travel in the query string: they are not personal data. */
function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  return search.toString();
}

const incidents = (auth: { serverUrl: string; token: string }) =>
  teamFetch({ ...auth, path: '/incidents', answer: IncidentList });

export function leadDeskHandlers(sessions?: TeamSessionRepo): LeadDeskHandlers {
  return {
    'careline:lead-desk': ({ from, to, account }) =>
      withSession(
        (auth) => teamFetch({ ...auth, path: `/lead/desk?${query({ from, to, account })}`, answer: DeskReport }),
        sessions,
      ),
    'careline:lead-incidents': () => withSession(incidents, sessions),
    // The list comes back whole after a change, so the page shows the server's figures, not a guess.
    'careline:lead-incident-open': ({ title, holdingReply, topic, place }) =>
      withSession(async (auth) => {
        const body = { title, holdingReply, ...(topic ? { topic } : {}), ...(place ? { place } : {}) };
        await teamFetch({ ...auth, path: '/incidents', body, answer: z.unknown() });
        return incidents(auth);
      }, sessions),
    'careline:lead-incident-resolve': ({ id, fixedReply }) =>
      withSession(async (auth) => {
        const path = `/incidents/${encodeURIComponent(id)}/resolve`;
        await teamFetch({ ...auth, path, body: { fixedReply }, answer: z.unknown() });
        return incidents(auth);
      }, sessions),
    'careline:lead-topic-export': ({ topic, from, to }) =>
      withSession(async (auth) => {
        const path = `/lead/topics/export?${query({ topic, from, to })}`;
        return { csv: await teamFetchText({ ...auth, path, type: 'text/csv' }) };
      }, sessions),
  };
}
