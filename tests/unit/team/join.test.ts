/**
 * Joining, refreshing and leaving from the options page, against a fetch that answers like the team
 * server: a session is stored only from a valid answer; every refusal stores nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretsDatabase } from '@/utils/db/secrets-repo';
import { teamSessionRepo, type TeamSessionRepo } from '@/utils/db/team-session-repo';
import { TeamError } from '@/utils/team/client';
import { leadApi } from '@/utils/team/lead';
import { joinTeam, leaveTeam, refreshSession } from '@/utils/team/membership';

const JOINED = {
  team: { id: 't-1', name: 'KT care' },
  agent: { id: 'a-1', name: '서연', role: 'agent' },
  settings: { cacheHours: 24, retentionDays: 1095 },
  token: 'clt_secret',
};

let db: SecretsDatabase;
let repo: TeamSessionRepo;
let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  db = new SecretsDatabase(`secrets-${Math.random()}`);
  repo = teamSessionRepo(db);
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('joinTeam', () => {
  it('stores the session the server granted, under the address without a trailing slash', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, JOINED));
    await joinTeam({ serverUrl: ' https://team.example.com/careline/ ', inviteCode: ' cli_abcdefgh ' }, repo);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://team.example.com/careline/v1/join');
    expect(JSON.parse(init.body as string)).toEqual({ inviteCode: 'cli_abcdefgh' });
    expect(await repo.get()).toMatchObject({
      serverUrl: 'https://team.example.com/careline',
      token: 'clt_secret',
      team: JOINED.team,
      agent: JOINED.agent,
      state: 'connected',
      cursor: '0',
    });
  });

  it.each([
    ['an unusable code', () => answer(401, { error: 'invalid-invite', message: 'no' }), 'revoked'],
    ['an answer that is not a session', () => answer(200, { hello: 'world' }), 'bad-answer'],
    ['no server', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
  ])('stores nothing after %s', async (_what, reply, code) => {
    fetchMock.mockImplementationOnce(reply);
    const failure = await joinTeam({ serverUrl: 'http://127.0.0.1:9', inviteCode: 'cli_abcdefgh' }, repo).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(TeamError);
    expect((failure as TeamError).code).toBe(code);
    expect(await repo.get()).toBeUndefined();
  });

  it('refuses plain http to another machine and a short code without asking any server', async () => {
    const insecure = await joinTeam({ serverUrl: 'http://team.example.com', inviteCode: 'cli_abcdefgh' }, repo).catch(
      (e: unknown) => e,
    );
    expect((insecure as TeamError).code).toBe('insecure');
    const short = await joinTeam({ serverUrl: 'https://team.example.com', inviteCode: 'abc' }, repo).catch(
      (e: unknown) => e,
    );
    expect((short as TeamError).serverCode).toBe('invite-format');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await repo.get()).toBeUndefined();
  });
});

describe('refreshSession and leaveTeam', () => {
  beforeEach(async () => {
    fetchMock.mockResolvedValueOnce(answer(200, JOINED));
    await joinTeam({ serverUrl: 'https://team.example.com', inviteCode: 'cli_abcdefgh' }, repo);
  });

  it('takes a renamed team and new settings from /me, and marks the session revoked on a 401', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(200, {
        ...JOINED,
        team: { id: 't-1', name: 'KT 고객센터' },
        settings: { cacheHours: 48, retentionDays: 400 },
      }),
    );
    await refreshSession(repo);
    expect(await repo.get()).toMatchObject({ team: { name: 'KT 고객센터' }, settings: { cacheHours: 48 } });
    fetchMock.mockResolvedValueOnce(answer(401, { error: 'revoked', message: 'Revoked.' }));
    await refreshSession(repo);
    expect((await repo.get())?.state).toBe('revoked');
  });

  it('tells the server (POST /leave with the token), and leaves on this computer even when it cannot', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { left: true }));
    expect(await leaveTeam(repo)).toEqual({ serverTold: true });
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect([url, init.method, (init.headers as Record<string, string>).authorization]).toEqual([
      'https://team.example.com/v1/leave',
      'POST',
      'Bearer clt_secret',
    ]);
    expect(await repo.get()).toBeUndefined();

    fetchMock.mockResolvedValueOnce(answer(200, JOINED));
    await joinTeam({ serverUrl: 'https://team.example.com', inviteCode: 'cli_abcdefgh' }, repo);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await leaveTeam(repo)).toEqual({ serverTold: false });
    expect(await repo.get()).toBeUndefined();
  });
});

describe('the lead’s CSV import', () => {
  it('sends the file as it is, with the page’s language for the problems', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { imported: 0, problems: ['3행: 핸들이 없습니다'] }));
    const file = new Blob(['핸들,이름\n'], { type: 'text/csv' });
    const result = await leadApi.importCsv({ serverUrl: 'https://team.example.com', token: 'clt_x' }, file, 'ko');
    expect(result.problems).toEqual(['3행: 핸들이 없습니다']);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://team.example.com/v1/customers/import');
    expect(init.headers).toEqual({
      authorization: 'Bearer clt_x',
      'accept-language': 'ko',
      'content-type': 'text/csv',
    });
    expect(init.body).toBe(file);
  });
});
