/**
 * The background's live-team answers to the panel: the ticket (with the live address, never the
 * token), the running claims, claims taken, refused with the colleague who holds them, released; a
 * refused token stops the session.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveClaims, liveTicket, liveUrl, releaseClaim, takeClaim } from '@/utils/team/live-handlers';
import type { Claim } from '@/utils/team/live-wire';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => fakeBrowser.reset());

const JIMIN_CLAIM: Claim = {
  postId: '1991000000000000101',
  customerId: null,
  agentId: 'a-2',
  agentName: '지민',
  until: '2026-12-07T10:15:00.000Z',
};

/** Answers by path; records what was asked (path, bearer, body). */
function serve(answers: Record<string, { status: number; body: unknown }>) {
  const asked: Array<{ path: string; auth: string | undefined; body: unknown }> = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const path = new URL(input).pathname;
    asked.push({
      path,
      auth: (init.headers as Record<string, string>).authorization,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers[path] ?? { status: 404, body: { error: 'not-found', message: 'not found' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return asked;
}

const marks = (claims: Claim[], cursor = '41') => ({
  status: 200,
  body: { marks: [], claims, cursor, targetMinutes: 60, now: new Date().toISOString() },
});

describe('the live ticket', () => {
  it('gives the panel a ticket and the live address, never the token', async () => {
    const m = await machine();
    const asked = serve({
      '/v1/live/ticket': { status: 200, body: { ticket: 'one-time-ticket-0123456789', expiresAt: '2026-12-07' } },
    });
    const answer = await liveTicket(m.sessions);
    expect(answer).toEqual({
      state: 'connected',
      url: 'wss://team.example/v1/live',
      ticket: 'one-time-ticket-0123456789',
    });
    expect(JSON.stringify(answer)).not.toContain(m.agent.token);
    expect(asked.map((a) => a.auth)).toEqual([`Bearer ${m.agent.token}`]);
  });

  it('gives the running claims, reading only marks made since the last time', async () => {
    const m = await machine();
    const asked = serve({ '/v1/queue/marks': marks([JIMIN_CLAIM]) });
    expect(await liveClaims(m.sessions)).toEqual({ state: 'connected', claims: [JIMIN_CLAIM] });
    await liveClaims(m.sessions);
    expect(asked.map((a) => a.body)).toEqual([{ after: expect.any(String) }, { after: '41' }]);
  });

  it('is ws:// beside a local http server, and the server path is kept', () => {
    expect(liveUrl('http://127.0.0.1:8787')).toBe('ws://127.0.0.1:8787/v1/live');
    expect(liveUrl('https://care.example/team/')).toBe('wss://care.example/team/v1/live');
  });

  it('says solo without a team, and revoked (stopping the session) when the token is refused', async () => {
    const m = await machine();
    serve({ '/v1/live/ticket': { status: 401, body: { error: 'revoked', message: 'revoked' } } });
    expect(await liveTicket(m.sessions)).toEqual({ state: 'revoked' });
    expect((await m.sessions.get())?.state).toBe('revoked');
    await m.sessions.clear();
    expect(await liveTicket(m.sessions)).toEqual({ state: 'solo' });
  });

  it('says offline when the server is out of reach', async () => {
    const m = await machine();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await liveTicket(m.sessions)).toEqual({ state: 'offline' });
    expect((await m.sessions.get())?.state).toBe('connected');
  });
});

describe('claims', () => {
  it('takes a post, and names the colleague who already holds one', async () => {
    const m = await machine();
    const mine = { ...JIMIN_CLAIM, agentId: m.agent.id, agentName: '서연' };
    const asked = serve({ '/v1/claims': { status: 200, body: { claim: mine } } });
    expect(await takeClaim({ postId: mine.postId ?? '' }, m.sessions)).toEqual({ state: 'connected', claim: mine });
    expect(asked[0]?.body).toEqual({ postId: mine.postId });
    serve({
      '/v1/claims': { status: 409, body: { error: 'claimed', message: 'Claimed by 지민', claim: JIMIN_CLAIM } },
    });
    expect(await takeClaim({ postId: mine.postId ?? '' }, m.sessions)).toEqual({
      state: 'claimed',
      claim: JIMIN_CLAIM,
    });
  });

  it("releases a customer's claim, and passes on the server's refusal in words", async () => {
    const m = await machine();
    const asked = serve({ '/v1/claims/release': { status: 200, body: { released: true } } });
    expect(await releaseClaim({ customerId: 'minji_kim' }, m.sessions)).toEqual({
      state: 'connected',
      released: true,
    });
    expect(asked[0]?.body).toEqual({ customerId: 'minji_kim' });
    serve({ '/v1/claims/release': { status: 400, body: { error: 'bad-request', message: 'postId or customerId' } } });
    expect(await releaseClaim({ customerId: 'minji_kim' }, m.sessions)).toEqual({
      state: 'refused',
      message: 'postId or customerId',
    });
  });
});
