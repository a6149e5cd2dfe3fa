/**
 * The lead's desk through the background: the report, incidents and a topic's posts asked with the
 * session's token (never handed to the page), refusals passed on as codes the page words, and the
 * door: options page only, strict fields, a sane range.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DeskReport, Incident } from '@/utils/team/desk-wire';
import { leadDeskHandlers } from '@/utils/team/lead-desk';
import { parseBackgroundRequest, senderMayAsk } from '@/utils/messaging/background-requests';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => fakeBrowser.reset());
const BASE = 'chrome-extension://abcdefghijklmnop/';

const REPORT: DeskReport = {
  days: ['2026-12-01', '2026-12-02'],
  repliesPerAgent: [{ agentId: 'a-1', agentName: '서연', perDay: [2, 3], total: 5 }],
  firstReply: { posts: 5, medianMinutes: 12, p90Minutes: 40 },
  openHandoffs: [],
  templates: [],
  topics: { perDay: [{ topic: 'outage', counts: [1, 4] }], perWeek: [], spikes: [] },
  incidents: [],
  accounts: [{ account: 'sktcare', replies: 5 }],
};
const INCIDENT: Incident = {
  id: 'inc-1',
  title: 'LTE 장애 강남',
  holdingReply: '확인 중입니다',
  fixedReply: null,
  topic: 'outage',
  place: null,
  status: 'open',
  openedAt: '2026-12-07T01:00:00.000Z',
  openedBy: '서연',
  resolvedAt: null,
  posts: 0,
  fixed: 0,
};

/** Answers by method and path; records what was asked (method, path with query, bearer, body). */
function serve(answers: Record<string, { status: number; body: unknown; type?: string }>) {
  const asked: Array<{ call: string; auth: string | undefined; body: unknown }> = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    asked.push({
      call: `${method} ${url.pathname}${url.search}`,
      auth: (init.headers as Record<string, string>).authorization,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers[`${method} ${url.pathname}`] ?? { status: 404, body: { error: 'not-found', message: 'x' } };
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status,
      headers: { 'content-type': answer.type ?? 'application/json' },
    });
  });
  return asked;
}

describe("the lead's desk in the background", () => {
  it('asks for the report with the range and account in the query and the token in the header only', async () => {
    const m = await machine();
    const asked = serve({ 'GET /v1/lead/desk': { status: 200, body: REPORT } });
    const answer = await leadDeskHandlers(m.sessions)['careline:lead-desk']({
      type: 'careline:lead-desk',
      from: '2026-12-01',
      to: '2026-12-02',
      account: 'sktcare',
    });
    expect(answer).toEqual({ state: 'ok', value: REPORT });
    expect(JSON.stringify(answer)).not.toContain(m.agent.token);
    expect(asked).toEqual([
      {
        call: 'GET /v1/lead/desk?from=2026-12-01&to=2026-12-02&account=sktcare',
        auth: `Bearer ${m.agent.token}`,
        body: undefined,
      },
    ]);
  });

  it("opens and resolves an incident, answering the server's list as it then stands", async () => {
    const m = await machine();
    const resolved = { ...INCIDENT, status: 'resolved', fixedReply: '복구되었습니다' };
    const asked = serve({
      'POST /v1/incidents': { status: 201, body: INCIDENT },
      'GET /v1/incidents': { status: 200, body: { incidents: [INCIDENT] } },
      'POST /v1/incidents/inc-1/resolve': { status: 200, body: resolved },
    });
    const handlers = leadDeskHandlers(m.sessions);
    const request = {
      type: 'careline:lead-incident-open' as const,
      title: 'LTE 장애 강남',
      holdingReply: '확인 중입니다',
    };
    expect(await handlers['careline:lead-incident-open'](request)).toEqual({
      state: 'ok',
      value: { incidents: [INCIDENT] },
    });
    await handlers['careline:lead-incident-resolve']({
      type: 'careline:lead-incident-resolve',
      id: 'inc-1',
      fixedReply: '복구되었습니다',
    });
    expect(asked.map((a) => [a.call, a.body])).toEqual([
      ['POST /v1/incidents', { title: 'LTE 장애 강남', holdingReply: '확인 중입니다' }],
      ['GET /v1/incidents', undefined],
      ['POST /v1/incidents/inc-1/resolve', { fixedReply: '복구되었습니다' }],
      ['GET /v1/incidents', undefined],
    ]);
  });

  it("passes the topic export's CSV on as text, and refuses an answer that is not CSV", async () => {
    const m = await machine();
    const csv = 'statusId,topic\r\n1991000000000000101,outage\r\n';
    const asked = serve({ 'GET /v1/lead/topics/export': { status: 200, body: csv, type: 'text/csv; charset=utf-8' } });
    const request = {
      type: 'careline:lead-topic-export' as const,
      topic: 'outage',
      from: '2026-12-01',
      to: '2026-12-07',
    };
    const handlers = leadDeskHandlers(m.sessions);
    expect(await handlers['careline:lead-topic-export'](request)).toEqual({ state: 'ok', value: { csv } });
    expect(asked[0]?.call).toBe('GET /v1/lead/topics/export?topic=outage&from=2026-12-01&to=2026-12-07');
    serve({ 'GET /v1/lead/topics/export': { status: 200, body: '<html>login</html>', type: 'text/html' } });
    expect(await handlers['careline:lead-topic-export'](request)).toMatchObject({
      state: 'failed',
      code: 'bad-answer',
    });
  });

  it("passes an agent's 403 on as a refusal with the server's code, and a refused token stops the session", async () => {
    const m = await machine();
    serve({ 'GET /v1/lead/desk': { status: 403, body: { error: 'lead-only', message: 'Only a lead may do this' } } });
    const handlers = leadDeskHandlers(m.sessions);
    const request = { type: 'careline:lead-desk' as const, from: '2026-12-01', to: '2026-12-02' };
    expect(await handlers['careline:lead-desk'](request)).toEqual({
      state: 'failed',
      code: 'refused',
      message: 'Only a lead may do this',
      status: 403,
      serverCode: 'lead-only',
    });
    serve({ 'GET /v1/lead/desk': { status: 200, body: { ...REPORT, days: 'all' } } });
    expect(await handlers['careline:lead-desk'](request)).toMatchObject({ state: 'failed', code: 'bad-answer' });
    serve({ 'GET /v1/lead/desk': { status: 401, body: { error: 'revoked', message: 'revoked' } } });
    expect(await handlers['careline:lead-desk'](request)).toEqual({ state: 'revoked' });
    expect((await m.sessions.get())?.state).toBe('revoked');
    await m.sessions.clear();
    expect(await handlers['careline:lead-desk'](request)).toEqual({ state: 'solo' });
  });
});

describe("the lead's requests at the background's door", () => {
  const TYPES = [
    'careline:lead-desk',
    'careline:lead-incidents',
    'careline:lead-incident-open',
    'careline:lead-incident-resolve',
    'careline:lead-topic-export',
  ] as const;

  it('are answered to the options page only: not the panel, not x.com', () => {
    for (const type of TYPES) {
      expect(senderMayAsk(type, `${BASE}options.html`, BASE), type).toBe(true);
      expect(senderMayAsk(type, `${BASE}options.html#team`, BASE), type).toBe(true);
      expect(senderMayAsk(type, `${BASE}panel.html`, BASE), type).toBe(false);
      expect(senderMayAsk(type, `https://x.com/options.html`, BASE), type).toBe(false);
      expect(senderMayAsk(type, `chrome-extension://other/options.html`, BASE), type).toBe(false);
      expect(senderMayAsk(type, undefined, BASE), type).toBe(false);
    }
  });

  it('takes only the fields the server takes, and a range of at most 92 days, first day first', () => {
    expect(parseBackgroundRequest({ type: 'careline:lead-desk', from: '2026-12-01', to: '2026-12-14' })).toEqual({
      type: 'careline:lead-desk',
      from: '2026-12-01',
      to: '2026-12-14',
    });
    expect(parseBackgroundRequest({ type: 'careline:lead-desk', from: '2026-09-08', to: '2026-12-08' })).not.toBeNull();
    for (const bad of [
      { type: 'careline:lead-desk', from: '2026-12-14', to: '2026-12-01' },
      { type: 'careline:lead-desk', from: '2026-09-07', to: '2026-12-08' },
      { type: 'careline:lead-desk', from: '2026-12-01', to: '2026-12-14', account: '@sktcare' },
      { type: 'careline:lead-desk', from: '2026-12-01', to: '2026-12-14', token: 'x' },
      { type: 'careline:lead-incidents', serverUrl: 'https://evil.example' },
      { type: 'careline:lead-incident-open', title: ' ', holdingReply: '확인 중입니다' },
      { type: 'careline:lead-incident-open', title: 'LTE', holdingReply: 'x'.repeat(1001) },
      { type: 'careline:lead-incident-resolve', id: '../agents/revoke', fixedReply: '복구' },
      { type: 'careline:lead-topic-export', topic: 'Outage', from: '2026-12-01', to: '2026-12-07' },
    ]) {
      expect(parseBackgroundRequest(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
