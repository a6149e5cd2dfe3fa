import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { TeamPackList, TeamPackVersions } from '../../utils/team/packs-wire';
import { json, teamWithAgents } from './helpers';

let clock = new Date('2026-12-07T09:00:00Z');
let server: TestServer;
beforeEach(async () => {
  clock = new Date('2026-12-07T09:00:00Z');
  server = await startTestServer({ now: () => clock });
});
afterEach(async () => {
  await server.close();
});

interface Template {
  id: string;
  title: string;
  body: string;
  sensitive?: boolean;
}
const packFile = (templates: Template[], name = '요금 안내') =>
  JSON.stringify({ format: 'careline-templates', version: 1, pack: { id: 'billing', name }, templates });
const thanks: Template = { id: 'thanks', title: '감사 인사', body: '문의 감사합니다 {{customer.name}}님' };
const refund: Template = { id: 'refund', title: 'Refund', body: 'Your refund is on its way.', sensitive: true };

const publish = (token: string, file: string) => server.api('/packs', { token, body: { file } });
const versions = async (token: string) =>
  TeamPackVersions.parse(await json(server.api('/packs/billing/versions', { token })));
const download = (token: string, etag?: string) =>
  server.api('/packs/billing', { token, headers: etag ? { 'if-none-match': etag } : {} });
async function templatesOf(response: Response): Promise<Template[]> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { templates: Template[] }).templates;
}

describe('team packs', () => {
  it('each publish is a new version; agents download the current one and an unchanged one is a 304 by its ETag', async () => {
    const { lead, agents } = await teamWithAgents(server);
    const agent = agents[0]!.token;
    const first = TeamPackVersions.parse(await json(publish(lead.token, packFile([thanks]))));
    expect(first).toMatchObject({ packId: 'billing', name: '요금 안내', current: 1 });
    expect(first.versions).toEqual([
      expect.objectContaining({ version: 1, state: 'released', current: true, templates: 1, sensitive: [] }),
    ]);
    expect(TeamPackList.parse(await json(server.api('/packs', { token: agent })))).toEqual({
      packs: [{ packId: 'billing', name: '요금 안내', current: 1 }],
    });

    const got = await download(agent);
    const etag = got.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const file = (await got.json()) as { pack: { updatedAt: string }; templates: Template[] };
    expect(file.pack.updatedAt).toBe('2026-12-07T09:00:00.000Z');
    expect(file.templates).toEqual([thanks]);
    const again = await download(agent, etag);
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);

    clock = new Date('2026-12-07T10:00:00Z');
    await json(publish(lead.token, packFile([{ ...thanks, body: '감사합니다' }])));
    const changed = await download(agent, etag);
    expect(await templatesOf(changed)).toEqual([{ ...thanks, body: '감사합니다' }]);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await versions(lead.token)).versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('a rollback serves an earlier text again as a new version, released at once', async () => {
    const { lead, agents } = await teamWithAgents(server);
    await json(publish(lead.token, packFile([thanks])));
    await json(publish(lead.token, packFile([{ ...thanks, body: '바뀐 본문' }])));
    const before = (await download(agents[0]!.token)).headers.get('etag')!;

    clock = new Date('2026-12-07T11:00:00Z');
    const rolled = TeamPackVersions.parse(
      await json(server.api('/packs/billing/rollback', { token: lead.token, body: { version: 1 } })),
    );
    expect(rolled.current).toBe(3);
    expect(rolled.versions[0]).toMatchObject({ version: 3, rolledBackFrom: 1, state: 'released', current: true });
    const got = await download(agents[0]!.token, before);
    expect(await templatesOf(got)).toEqual([thanks]);

    // What agents have already, a version that does not exist: refused, nothing changes.
    const current = await server.api('/packs/billing/rollback', { token: lead.token, body: { version: 3 } });
    expect(current.status).toBe(409);
    expect((await server.api('/packs/billing/rollback', { token: lead.token, body: { version: 9 } })).status).toBe(404);
    expect((await versions(lead.token)).versions).toHaveLength(3);
  });

  it("a version that adds or changes a sensitive template waits for another lead's approval; agents keep the released one", async () => {
    const { teamId, lead, agents } = await teamWithAgents(server);
    const agent = agents[0]!.token;
    await json(publish(lead.token, packFile([thanks])));
    const waiting = TeamPackVersions.parse(await json(publish(lead.token, packFile([thanks, refund]))));
    expect(waiting.current).toBe(1);
    expect(waiting.versions[0]).toMatchObject({
      version: 2,
      state: 'waiting',
      current: false,
      sensitive: [{ id: 'refund', title: 'Refund', body: 'Your refund is on its way.' }],
    });
    expect(await templatesOf(await download(agent))).toEqual([thanks]);

    // Agents approve nothing; the lead who published it does not approve it while the team has another lead.
    expect((await server.api('/packs/billing/approve', { token: agent, body: { version: 2 } })).status).toBe(403);
    const second = await server.join(await server.invite(teamId, '두 번째 리더', 'lead'));
    const own = await server.api('/packs/billing/approve', { token: lead.token, body: { version: 2 } });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { error: string }).error).toBe('another-lead');

    clock = new Date('2026-12-07T12:00:00Z');
    const approved = TeamPackVersions.parse(
      await json(server.api('/packs/billing/approve', { token: second.token, body: { version: 2 } })),
    );
    expect(approved.versions[0]).toMatchObject({
      version: 2,
      state: 'released',
      current: true,
      approvedBy: { name: '두 번째 리더' },
      approvedAt: '2026-12-07T12:00:00.000Z',
    });
    expect(await templatesOf(await download(agent))).toEqual([thanks, refund]);
    expect((await server.api('/packs/billing/approve', { token: second.token, body: { version: 2 } })).status).toBe(
      409,
    );

    // The sensitive template unchanged: released at once. Changed (or unmarked): waits again.
    const same = TeamPackVersions.parse(await json(publish(lead.token, packFile([refund, thanks]))));
    expect(same.versions[0]).toMatchObject({ version: 3, state: 'released', sensitive: [] });
    const unmarked = TeamPackVersions.parse(
      await json(publish(lead.token, packFile([thanks, { ...refund, sensitive: false }]))),
    );
    expect(unmarked.versions[0]).toMatchObject({ version: 4, state: 'waiting' });
  });

  it('a lead alone in the team approves their own version; a later release supersedes a waiting one', async () => {
    const { lead } = await teamWithAgents(server);
    await json(publish(lead.token, packFile([refund])));
    const first = await versions(lead.token);
    expect(first).toMatchObject({ current: null, versions: [{ version: 1, state: 'waiting' }] });
    expect((await download(lead.token)).status).toBe(404);
    await json(server.api('/packs/billing/approve', { token: lead.token, body: { version: 1 } }));

    await json(publish(lead.token, packFile([{ ...refund, body: 'changed' }])));
    await json(publish(lead.token, packFile([refund, thanks])));
    const list = await versions(lead.token);
    expect(list.versions.map((v) => [v.version, v.state])).toEqual([
      [3, 'released'],
      [2, 'superseded'],
      [1, 'released'],
    ]);
    expect((await server.api('/packs/billing/approve', { token: lead.token, body: { version: 2 } })).status).toBe(409);
    // A version that never reached agents cannot be rolled back to.
    expect((await server.api('/packs/billing/rollback', { token: lead.token, body: { version: 2 } })).status).toBe(409);
  });

  it('agents cannot publish, roll back or list versions; a bad file is refused with where and why', async () => {
    const { lead, agents } = await teamWithAgents(server);
    const agent = agents[0]!.token;
    expect((await publish(agent, packFile([thanks]))).status).toBe(403);
    await json(publish(lead.token, packFile([thanks])));
    expect((await server.api('/packs/billing/rollback', { token: agent, body: { version: 1 } })).status).toBe(403);
    expect((await server.api('/packs/billing/versions', { token: agent })).status).toBe(403);
    expect((await publish('nope', packFile([thanks]))).status).toBe(401);

    const bad = await publish(lead.token, packFile([{ ...thanks, title: '' }]));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: 'bad-pack',
      message: expect.stringContaining('templates[0].title'),
    });
    expect((await versions(lead.token)).versions).toHaveLength(1);
  });

  it("one team never sees another's packs", async () => {
    const a = await teamWithAgents(server, 'A');
    const b = await teamWithAgents(server, 'B');
    await json(publish(a.lead.token, packFile([thanks])));
    expect(TeamPackList.parse(await json(server.api('/packs', { token: b.agents[0]!.token })))).toEqual({ packs: [] });
    expect((await download(b.agents[0]!.token)).status).toBe(404);
    expect((await server.api('/packs/billing/versions', { token: b.lead.token })).status).toBe(404);
  });
});
