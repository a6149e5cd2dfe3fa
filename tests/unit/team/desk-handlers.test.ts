/**
 * The background's desk answers to the panel: the team's incidents, a post attached, the fixed-reply
 * walk (the next post held for this agent, a post fixed, a colleague first), a topic changed; the
 * token never in an answer; a refused token stops the session. The door takes these requests from
 * Careline's own pages only and checks every field.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachPost, listIncidents, markFixed, nextFix, setTopic } from '@/utils/team/desk-handlers';
import type { Incident } from '@/utils/team/desk-wire';
import { parseBackgroundRequest, senderMayAsk } from '@/utils/messaging/background-requests';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => fakeBrowser.reset());

const POST = '1992000000000000007';
const OUTAGE: Incident = {
  id: 'inc-1',
  title: 'LTE 장애 강남',
  holdingReply: '강남 일대 LTE 장애를 확인하고 복구 중입니다.',
  fixedReply: null,
  topic: 'outage',
  place: '강남역',
  status: 'open',
  openedAt: '2026-12-08T00:00:00.000Z',
  openedBy: '팀장',
  resolvedAt: null,
  posts: 3,
  fixed: 0,
};

/** A fake team server: answers by method and path, records what was asked. */
function serve(answers: Record<string, { status: number; body: unknown }>) {
  const asked: Array<{ route: string; auth: string | undefined; body: unknown }> = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const route = `${init.method ?? 'GET'} ${new URL(input).pathname}`;
    asked.push({
      route,
      auth: (init.headers as Record<string, string>).authorization,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers[route] ?? { status: 404, body: { error: 'not-found', message: 'not found' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return asked;
}

describe("the desk's answers to the panel", () => {
  it("lists the team's incidents with the agent's token, and never hands the token on", async () => {
    const m = await machine();
    const asked = serve({ 'GET /v1/incidents': { status: 200, body: { incidents: [OUTAGE] } } });
    const answer = await listIncidents(m.sessions);
    expect(answer).toEqual({ state: 'connected', incidents: [OUTAGE] });
    expect(JSON.stringify(answer)).not.toContain(m.agent.token);
    expect(asked).toEqual([{ route: 'GET /v1/incidents', auth: `Bearer ${m.agent.token}`, body: undefined }]);
  });

  it('attaches the post on screen, and says when it already belonged to an incident', async () => {
    const m = await machine();
    const asked = serve({ 'POST /v1/incidents/inc-1/posts': { status: 200, body: { attached: 1, already: 0 } } });
    expect(await attachPost({ incidentId: 'inc-1', statusId: POST, handle: '@minji_kim' }, m.sessions)).toEqual({
      state: 'connected',
      attached: true,
    });
    expect(asked[0]?.body).toEqual({ posts: [{ statusId: POST, handle: 'minji_kim' }] });
    serve({ 'POST /v1/incidents/inc-1/posts': { status: 200, body: { attached: 0, already: 1 } } });
    expect(await attachPost({ incidentId: 'inc-1', statusId: POST, handle: 'minji_kim' }, m.sessions)).toEqual({
      state: 'connected',
      attached: false,
    });
  });

  it('walks a resolved incident: the next post held for this agent, then fixed, then none left', async () => {
    const m = await machine();
    const url = `https://x.com/minji_kim/status/${POST}`;
    const asked = serve({
      'POST /v1/incidents/inc-1/next': {
        status: 200,
        body: { post: { statusId: POST, handle: 'minji_kim', url }, left: 2 },
      },
      'POST /v1/incidents/inc-1/fixed': { status: 200, body: { left: 1 } },
    });
    expect(await nextFix({ incidentId: 'inc-1' }, m.sessions)).toEqual({
      state: 'connected',
      post: { statusId: POST, handle: 'minji_kim', url },
      left: 2,
    });
    expect(await markFixed({ incidentId: 'inc-1', statusId: POST }, m.sessions)).toEqual({
      state: 'connected',
      left: 1,
    });
    expect(asked.map((a) => [a.route, a.body])).toEqual([
      ['POST /v1/incidents/inc-1/next', {}],
      ['POST /v1/incidents/inc-1/fixed', { statusId: POST }],
    ]);
    serve({ 'POST /v1/incidents/inc-1/next': { status: 200, body: { post: null, left: 0 } } });
    expect(await nextFix({ incidentId: 'inc-1' }, m.sessions)).toEqual({ state: 'connected', post: null, left: 0 });
  });

  it('says a colleague fixed the post first when the server answers 409', async () => {
    const m = await machine();
    serve({ 'POST /v1/incidents/inc-1/fixed': { status: 409, body: { error: 'fixed', message: 'already fixed' } } });
    expect(await markFixed({ incidentId: 'inc-1', statusId: POST }, m.sessions)).toEqual({ state: 'taken' });
  });

  it('sends a changed topic with its place', async () => {
    const m = await machine();
    const asked = serve({
      'POST /v1/topics': {
        status: 200,
        body: { statusId: POST, topic: 'billing', place: null, account: null, agentName: '서연', at: '2026-12-08' },
      },
    });
    expect(await setTopic({ statusId: POST, topic: 'billing', place: null }, m.sessions)).toEqual({
      state: 'connected',
    });
    expect(asked[0]?.body).toEqual({ statusId: POST, topic: 'billing', place: null });
  });

  it("passes the server's refusal on in its words, and stops the session when the token is refused", async () => {
    const m = await machine();
    serve({ 'POST /v1/incidents/inc-1/next': { status: 400, body: { error: 'open', message: 'not resolved yet' } } });
    expect(await nextFix({ incidentId: 'inc-1' }, m.sessions)).toEqual({
      state: 'refused',
      message: 'not resolved yet',
    });
    serve({ 'GET /v1/incidents': { status: 401, body: { error: 'revoked', message: 'revoked' } } });
    expect(await listIncidents(m.sessions)).toEqual({ state: 'revoked' });
    expect((await m.sessions.get())?.state).toBe('revoked');
  });

  it('answers an incident list the server got wrong as offline, not as the wrong shape', async () => {
    const m = await machine();
    serve({ 'GET /v1/incidents': { status: 200, body: { incidents: [{ id: 'inc-1' }] } } });
    expect(await listIncidents(m.sessions)).toEqual({ state: 'offline' });
  });
});

describe("the desk's requests at the background's door", () => {
  const BASE = 'chrome-extension://abcdefghijklmnop/';
  const TYPES = [
    'careline:desk-incidents',
    'careline:desk-attach',
    'careline:desk-next-fix',
    'careline:desk-fixed',
    'careline:desk-topic',
  ] as const;

  it("are answered to Careline's own pages only, never to the content script in x.com's tab", () => {
    for (const type of TYPES) {
      expect(senderMayAsk(type, `${BASE}panel.html`, BASE)).toBe(true);
      expect(senderMayAsk(type, 'https://x.com/minji_kim/status/1', BASE)).toBe(false);
      expect(senderMayAsk(type, undefined, BASE)).toBe(false);
    }
  });

  it('take well-formed fields only, and nothing more', () => {
    const attach = { type: 'careline:desk-attach', incidentId: 'inc-1', statusId: POST, handle: 'minji_kim' };
    expect(parseBackgroundRequest(attach)).toEqual(attach);
    const topic = { type: 'careline:desk-topic', statusId: POST, topic: 'outage', place: '강남역' };
    expect(parseBackgroundRequest(topic)).toEqual(topic);
    for (const bad of [
      { ...attach, incidentId: '../agents' },
      { ...attach, statusId: 'x' },
      { ...attach, handle: 'minji kim' },
      { ...attach, extra: 1 },
      { type: 'careline:desk-incidents', since: 1 },
      { type: 'careline:desk-next-fix', incidentId: 'inc/1' },
      { type: 'careline:desk-fixed', incidentId: 'inc-1' },
      { ...topic, topic: 'Outage' },
      { ...topic, place: 'x'.repeat(41) },
    ]) {
      expect(parseBackgroundRequest(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
