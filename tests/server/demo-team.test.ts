// `npm start`'s team (scripts/demo-team.ts): the lead's code joins, and the demo customer's record
// on the server carries the CRM import and 지민's note and tag, as the demo card shows them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COLLEAGUE_NOTE,
  COLLEAGUE_TAG,
  DEMO_COLLEAGUE,
  DEMO_LEAD,
  DEMO_TEAM,
  startDemoTeam,
  type DemoTeam,
} from '../../scripts/demo-team';
import { API_PREFIX, JoinResponse, LookupResponse } from '../../utils/team/wire';

let dir: string;
let team: DemoTeam;

async function post(route: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(`${team.url}${API_PREFIX}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

// The demo always runs on PGlite in a folder: one run is enough when the suite also runs on PostgreSQL.
describe.skipIf(process.env.CARELINE_TEST_ENGINE === 'postgres')("npm start's demo team", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'careline-demo-test-'));
    team = await startDemoTeam(path.join(dir, 'team-server'));
  });
  afterAll(async () => {
    await team?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets the demo browser join as the lead and finds the demo customer with 지민's note and tag", async () => {
    expect(team.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const joined = JoinResponse.parse(await post('/join', { inviteCode: team.leadCode }));
    expect(joined.team.name).toBe(DEMO_TEAM);
    expect(joined.agent).toMatchObject({ name: DEMO_LEAD, role: 'lead' });

    const found = LookupResponse.parse(
      await post('/customers/lookup', { customer: { handle: 'minji_kim' } }, joined.token),
    );
    expect(found.customer).toMatchObject({ name: '김민지', crmId: 'C-100231', plan: '5G 프리미어 플러스' });
    expect(found.events.map((e) => [e.agentName, e.kind, e.text ?? e.tag])).toEqual([
      [DEMO_COLLEAGUE, 'note', COLLEAGUE_NOTE],
      [DEMO_COLLEAGUE, 'tag-added', COLLEAGUE_TAG],
    ]);
    expect(found.tags).toEqual(['VIP', '개통지연', COLLEAGUE_TAG]);
    const at = new Date(found.events[0]!.at);
    expect([at.getHours(), at.getMinutes()]).toEqual([10, 42]);
    expect(at.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
