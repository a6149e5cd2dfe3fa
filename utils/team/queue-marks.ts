/**
 * The background's copy of the team's queue marks (POST /v1/queue/marks): the posts the team answered
 * or handed off in the last QUEUE_MARK_DAYS and the claims running now. Fetched with a cursor, so each
 * call brings only what is new, at most once every REFRESH_MS however many tabs ask; the content
 * script asks with no post ids at all and matches the posts on screen itself. Names of agents stay
 * here: the content script gets post ids and states.
 */
import type { BackgroundHandlers } from '@/utils/messaging/background-api';
import { teamFetch, TeamError } from './client';
import { QUEUE_MARK_DAYS, QueueMarksResponse, type Claim } from './live-wire';
import type { QueueMarkEntry, QueueMarkState, QueueMarksAnswer } from './queue-marks-types';
import { connectedSession, stopIfRevoked } from './session';
import type { TeamSessionRepo } from '@/utils/db/team-session-repo';

export const QUEUE_REFRESH_MS = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The server's default until it says otherwise. */
const DEFAULT_TARGET_MINUTES = 60;

interface Answered {
  state: Exclude<QueueMarkState, 'claimed'>;
  at: number;
  ticket?: string;
}

interface Cache {
  /** Marks belong to the session they were fetched with: another team (or a new join) starts over. */
  token: string;
  cursor: string;
  answered: Map<string, Answered>;
  claims: Claim[];
  targetMinutes: number;
  clockOffsetMs: number;
  fetchedAt: number;
  entries: QueueMarkEntry[];
}

export interface QueueMarksDeps {
  sessions?: TeamSessionRepo;
  now?: () => number;
}

let cache: Cache | undefined;
/** When a fetch last failed: an unreachable server is not asked again within QUEUE_REFRESH_MS. */
let failedAt = -Infinity;
let inflight: Promise<QueueMarksAnswer> | undefined;
// Starts from the clock so a restarted worker never reuses a version a content script still holds.
let version = Date.now();

/** Forgets the marks (tests; leaving the team). */
export function resetQueueMarks(): void {
  cache = undefined;
  inflight = undefined;
  failedAt = -Infinity;
  version = Date.now();
}

function answerOf(state: QueueMarksAnswer['state'], since: number | undefined): QueueMarksAnswer {
  const base = {
    state,
    version,
    targetMinutes: cache?.targetMinutes ?? DEFAULT_TARGET_MINUTES,
    clockOffsetMs: cache?.clockOffsetMs ?? 0,
  };
  return since === version ? base : { ...base, marks: cache?.entries ?? [] };
}

/** One entry a post: an answer or handoff wins over a claim (the post is done). */
function entriesOf(answered: Map<string, Answered>, claims: Claim[], serverNow: number): QueueMarkEntry[] {
  const entries: QueueMarkEntry[] = [];
  for (const [postId, mark] of answered) {
    entries.push({ postId, state: mark.state, at: mark.at, ...(mark.ticket ? { ticket: mark.ticket } : {}) });
  }
  for (const claim of claims) {
    const until = Date.parse(claim.until);
    if (!claim.postId || answered.has(claim.postId) || !(until > serverNow)) continue;
    entries.push({ postId: claim.postId, state: 'claimed', at: until });
  }
  return entries.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
}

function sameEntries(a: QueueMarkEntry[], b: QueueMarkEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (e, i) => e.postId === b[i]?.postId && e.state === b[i]?.state && e.at === b[i]?.at && e.ticket === b[i]?.ticket,
    )
  );
}

/** The server sends at most this many marks an answer: a fuller answer means more after its cursor. */
const MARKS_PAGE = 5000;
/** Pages fetched in one refresh at most (the rest comes with the next one). */
const MAX_PAGES = 10;

async function refresh(token: string, serverUrl: string, now: number): Promise<void> {
  const fresh = cache;
  const fetchPage = (after: string) =>
    teamFetch({ serverUrl, path: '/queue/marks', token, body: { after }, answer: QueueMarksResponse });
  let answer = await fetchPage(fresh?.cursor ?? '0');
  const received = [...answer.marks];
  for (let page = 1; page < MAX_PAGES && answer.marks.length >= MARKS_PAGE; page++) {
    answer = await fetchPage(answer.cursor);
    received.push(...answer.marks);
  }
  const serverNow = Date.parse(answer.now);
  const clockOffsetMs = Number.isFinite(serverNow) ? serverNow - now : 0;
  const at = now + clockOffsetMs;
  const answered = new Map(fresh?.answered);
  for (const mark of received) {
    const markedAt = Date.parse(mark.at);
    if (!Number.isFinite(markedAt)) continue;
    // A ticket status tells how the handoff is going: the post keeps its mark and its time, and gains the state.
    const known = answered.get(mark.postId);
    if (mark.ticketStatus && known) answered.set(mark.postId, { ...known, ticket: mark.ticketStatus });
    else answered.set(mark.postId, { state: mark.state, at: markedAt, ticket: mark.ticketStatus ?? known?.ticket });
  }
  for (const [postId, mark] of answered) if (mark.at < at - QUEUE_MARK_DAYS * DAY_MS) answered.delete(postId);
  const entries = entriesOf(answered, answer.claims, at);
  if (!fresh || !sameEntries(fresh.entries, entries) || fresh.targetMinutes !== answer.targetMinutes) version++;
  cache = {
    token,
    cursor: answer.cursor,
    answered,
    claims: answer.claims,
    targetMinutes: answer.targetMinutes,
    clockOffsetMs,
    fetchedAt: now,
    entries,
  };
}

/**
 * The marks for a content script that holds version `since` (or none). Answers from the copy when it
 * is younger than QUEUE_REFRESH_MS; callers arriving during a fetch share it.
 */
export async function queueMarks(since: number | undefined, deps: QueueMarksDeps = {}): Promise<QueueMarksAnswer> {
  const now = (deps.now ?? Date.now)();
  const session = await connectedSession(deps.sessions);
  if (!session) {
    if (cache) resetQueueMarks();
    return { state: 'solo', version, targetMinutes: DEFAULT_TARGET_MINUTES, clockOffsetMs: 0, marks: [] };
  }
  if (cache && cache.token !== session.token) resetQueueMarks();
  if (now - failedAt < QUEUE_REFRESH_MS) return answerOf('offline', since);
  if (cache && now - cache.fetchedAt < QUEUE_REFRESH_MS) return answerOf('connected', since);
  inflight ??= (async () => {
    try {
      await refresh(session.token, session.serverUrl, now);
      failedAt = -Infinity;
      return answerOf('connected', undefined);
    } catch (error) {
      if (await stopIfRevoked(error, session, deps.sessions)) {
        resetQueueMarks();
        return answerOf('revoked', undefined);
      }
      if (!(error instanceof TeamError)) console.warn('Careline: the queue marks could not be fetched', error);
      failedAt = now;
      return answerOf('offline', undefined);
    } finally {
      inflight = undefined;
    }
  })();
  const answer = await inflight;
  if (since !== answer.version) return answer;
  const { marks: _unchanged, ...rest } = answer;
  return rest;
}

/** The background's handler: any Careline context may ask, x.com's content script included. */
export function queueMarksHandlers(): Pick<BackgroundHandlers, 'careline:queue-marks'> {
  return { 'careline:queue-marks': ({ since }) => queueMarks(since) };
}
