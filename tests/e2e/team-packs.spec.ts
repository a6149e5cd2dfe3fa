/**
 * Team packs in real Chromium: a lead publishes a folder from options → Team packs, an agent's
 * background takes it in on the team's sync round, the lead publishes a change and rolls it back, and
 * the agent follows each step. A template marked sensitive waits for another lead's approval.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { TemplateRecord } from '../../utils/db/types';
import { launchAgent, joinAgent, startTeam, type TeamAgent, type TeamForTests } from './team-agents';

test.describe.configure({ mode: 'serial' });

let team: TeamForTests & { leadAgentId: string };
let lead: TeamAgent;
let agent: TeamAgent;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  team = await startTeam();
  const launched = await launchAgent(team, '수진', xServer.port, pageErrors);
  await launched.join('lead');
  lead = launched;
  agent = await joinAgent(team, '서연', xServer.port, pageErrors);
});

test.afterAll(async () => {
  await lead?.close();
  await agent?.close();
  await team?.server.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors').toEqual([]);
});

const templates = (page: Page) => page.getByRole('region', { name: 'Templates', exact: true });
const packs = (page: Page) => page.getByRole('region', { name: 'Team packs', exact: true });
const editor = (page: Page) => templates(page).getByRole('region', { name: /^(New template|Edit template)/ });

/** The lead writes (or rewrites) the one template of folder 요금 in the options page's editor. */
async function writeTemplate(page: Page, body: string, opts: { title?: string; sensitive?: boolean } = {}) {
  const title = opts.title ?? '요금 안내';
  const open = templates(page).getByRole('button', { name: title, exact: true });
  if (await open.count()) await open.click();
  else {
    await templates(page).getByRole('button', { name: 'New template' }).click();
    await editor(page).getByLabel('Title').fill(title);
    await editor(page).getByLabel('Folder').fill('요금');
  }
  await editor(page).getByLabel('Body', { exact: true }).fill(body);
  if (opts.sensitive)
    await editor(page)
      .getByRole('checkbox', { name: /^Sensitive/ })
      .check();
  await editor(page).getByRole('button', { name: 'Save template', exact: true }).click();
  await expect(templates(page).getByRole('status', { name: 'Template library status' })).toHaveText('Saved.');
}

async function publish(page: Page): Promise<void> {
  await packs(page).getByRole('combobox', { name: 'Folder to publish' }).selectOption('요금');
  await packs(page).getByRole('button', { name: 'Publish to team' }).click();
}

/** The agent's background runs the team's sync round now (its alarm, brought forward). */
async function syncNow(who: TeamAgent): Promise<void> {
  const worker = who.context.serviceWorkers()[0] ?? (await who.context.waitForEvent('serviceworker'));
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): Promise<void> } } }
    ).chrome.alarms.create('careline:team-sync', { when: Date.now(), periodInMinutes: 1 }),
  );
}

/** The bodies of the team pack's templates in the agent's library. */
async function agentBodies(): Promise<string[]> {
  const rows = await agent.rows<TemplateRecord>('templates');
  return rows.filter((r) => r.packId === '요금').map((r) => r.body);
}

test('a lead publishes a folder, the agent gets it; a change and a rollback reach the agent too', async () => {
  test.setTimeout(180_000);
  const page = lead.options;
  await page.reload();
  await writeTemplate(page, '{{customer.name}}님, 이번 달 요금은 앱에서 확인하실 수 있습니다.');
  await publish(page);
  await expect(packs(page).getByRole('status')).toHaveText(
    'Published 요금 as version 1: agents get it on their next sync.',
  );

  await syncNow(agent);
  await expect
    .poll(agentBodies, { timeout: 30_000 })
    .toEqual(['{{customer.name}}님, 이번 달 요금은 앱에서 확인하실 수 있습니다.']);
  // In the agent's library: a locked team template, the pack listed with the team's address.
  await agent.options.reload();
  await templates(agent.options).getByRole('button', { name: '요금 안내', exact: true }).click();
  const readOnly = templates(agent.options).getByRole('region', { name: 'Team template (read-only)' });
  await expect(readOnly.getByLabel('Body', { exact: true })).toHaveValue(
    '{{customer.name}}님, 이번 달 요금은 앱에서 확인하실 수 있습니다.',
  );
  await expect(packs(agent.options).getByRole('table', { name: 'Your packs' })).toContainText('/v1/packs/');
  // An agent publishes nothing: the lead's tools are not shown.
  await expect(packs(agent.options).getByRole('button', { name: 'Publish to team' })).toHaveCount(0);

  await writeTemplate(page, '{{customer.name}}님, 요금제 변경은 내일부터 적용됩니다.');
  await publish(page);
  await expect(packs(page).getByRole('status')).toHaveText(
    'Published 요금 as version 2: agents get it on their next sync.',
  );
  await syncNow(agent);
  await expect
    .poll(agentBodies, { timeout: 30_000 })
    .toEqual(['{{customer.name}}님, 요금제 변경은 내일부터 적용됩니다.']);

  const versions = packs(page).getByRole('table', { name: 'Versions of 요금' });
  await expect(versions.getByRole('row', { name: /Version 2/ })).toContainText('Agents have this one');
  await versions.getByRole('button', { name: 'Roll back to version 1' }).click();
  await expect(packs(page).getByRole('status')).toHaveText(
    'Rolled 요금 back to the text of version 1: agents get it as version 3.',
  );
  await expect(versions.getByRole('row', { name: /Version 3/ })).toContainText(
    'Agents have this one · the text of version 1',
  );
  await syncNow(agent);
  await expect
    .poll(agentBodies, { timeout: 30_000 })
    .toEqual(['{{customer.name}}님, 이번 달 요금은 앱에서 확인하실 수 있습니다.']);
});

test("a sensitive template waits for another lead's approval before the agent gets it", async () => {
  test.setTimeout(180_000);
  const page = lead.options;
  await writeTemplate(page, '환불은 영업일 기준 3일 안에 처리됩니다.', { title: '환불 안내', sensitive: true });
  await publish(page);
  await expect(packs(page).getByRole('status')).toHaveText(
    'Version 4 of 요금 waits for a lead’s approval: it changes 1 sensitive template (“환불 안내”).',
  );
  const versions = packs(page).getByRole('table', { name: 'Versions of 요금' });
  const waiting = versions.getByRole('row', { name: /Version 4/ });
  await expect(waiting.getByRole('list', { name: 'Sensitive templates in version 4' })).toContainText(
    '환불은 영업일 기준 3일 안에 처리됩니다.',
  );

  // The team has another lead (팀장), so the lead who published it cannot approve it.
  await waiting.getByRole('button', { name: 'Approve' }).click();
  await expect(packs(page).getByRole('alert')).toHaveText(
    'Could not change 요금: Another lead of the team approves what you published.',
  );
  await syncNow(agent);
  await expect.poll(async () => (await agent.rows<TemplateRecord>('packs')).length).toBeGreaterThan(0);
  expect(await agentBodies()).toEqual(['{{customer.name}}님, 이번 달 요금은 앱에서 확인하실 수 있습니다.']);

  const approved = await team.server.api(`/packs/${encodeURIComponent('요금')}/approve`, {
    token: team.leadToken,
    body: { version: 4 },
  });
  expect(approved.status).toBe(200);
  await syncNow(agent);
  // The lead's folder still holds the text of version 2 (a rollback changes the server, not the lead's library).
  await expect
    .poll(async () => (await agentBodies()).sort(), { timeout: 30_000 })
    .toEqual(
      ['{{customer.name}}님, 요금제 변경은 내일부터 적용됩니다.', '환불은 영업일 기준 3일 안에 처리됩니다.'].sort(),
    );
  await page.reload();
  await expect(
    packs(page)
      .getByRole('table', { name: 'Versions of 요금' })
      .getByRole('row', { name: /Version 4/ }),
  ).toContainText('Agents have this one · approved by 팀장');
});
