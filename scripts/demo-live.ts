/**
 * The demo team's live desk, for `npm start` and the README screenshots: colleague 지민 has answered
 * one post of the imitation's "유심 먹통" search and holds another, so the queue shows every kind of
 * mark, and she is on the demo customer's post through a live connection of her own (as her panel
 * would be), so the demo browser's panel shows "지민 is viewing", or "지민 is replying" on cue.
 */
import { randomUUID } from 'node:crypto';
import { openLiveClient, type LiveTestClient } from '../server/testing-live';
import { presenceSubject, type PresenceState } from '../utils/team/live-wire';
import { API_PREFIX, type NewEvent } from '../utils/team/wire';

/** The imitation's queue posts (tests/fixtures/x-app/src/data.ts): 박지훈's, 25 min before page load… */
const ANSWERED_POST = { id: '1994000000000000003', handle: 'jihoon_park' };
/** …and 김민지's new complaint, 3 min before. */
const CLAIMED_POST = '1994000000000000001';
/** The demo customer's post and X user id (the imitation's @minji_kim). */
const DEMO_POST = '1991000000000000101';
const DEMO_CUSTOMER_USER_ID = '1700000000000000101';
export const COLLEAGUE_REPLY =
  '불편을 드려 죄송합니다. 유심 재발급 후 재부팅 부탁드려요. DM으로 개통 상태 확인해 드릴게요.';

export interface DemoLive {
  /** 지민's presence on the demo customer's post. */
  setColleague(state: PresenceState): Promise<void>;
  close(): Promise<void>;
}

export async function startDemoLive(serverUrl: string, colleagueToken: string): Promise<DemoLive> {
  const answered: NewEvent = {
    clientId: randomUUID(),
    customer: { handle: ANSWERED_POST.handle },
    kind: 'reply-sent',
    at: new Date(Date.now() - 10 * 60_000).toISOString(),
    text: COLLEAGUE_REPLY,
    statusId: ANSWERED_POST.id,
  };
  await post(serverUrl, '/events', { events: [answered] }, colleagueToken);
  await post(serverUrl, '/claims', { postId: CLAIMED_POST }, colleagueToken);
  const live: LiveTestClient = await openLiveClient(serverUrl, colleagueToken);
  const subjects = await Promise.all([
    presenceSubject(live.teamId, 'post', DEMO_POST),
    presenceSubject(live.teamId, 'customer', DEMO_CUSTOMER_USER_ID),
  ]);
  const setColleague = async (state: PresenceState) => {
    live.send({ type: 'presence', subjects, state });
    await live.roundTrip();
  };
  await setColleague('viewing');
  return { setColleague, close: () => live.close() };
}

async function post(base: string, route: string, body: unknown, token: string): Promise<void> {
  const response = await fetch(`${base}${API_PREFIX}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`the demo team server answered ${route} with ${response.status}`);
}
