/**
 * Options → Team against a real team server (startTestServer: in-memory PGlite on 127.0.0.1): bad
 * input says what is wrong and stores nothing; an invite code from the lead's CLI joins; leaving
 * revokes the token and keeps local data; used and revoked codes; the lead's invite (shown once),
 * agents with Revoke, and team settings; a revoked agent; the one-time history offer; Korean names.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { startTestServer, type TestServer } from '../../server/testing';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { readCustomer, seedCustomers } from './seed-customers';

const CUSTOMERS = path.resolve(import.meta.dirname, '../fixtures/customers/customers-utf8.csv');
const BAD_CUSTOMERS = path.resolve(import.meta.dirname, '../fixtures/customers/customers-bad.csv');
const openOptionsPage = optionsPageOpener();
let server: TestServer;
test.beforeEach(async () => {
  server = await startTestServer();
});
test.afterEach(async () => {
  await server.close();
});

const teamRegion = (page: Page, name = 'Team') => page.getByRole('region', { name, exact: true });

async function join(page: Page, serverUrl: string, code: string): Promise<void> {
  const team = teamRegion(page);
  await team.getByRole('textbox', { name: 'Team server URL' }).fill(serverUrl);
  await team.getByRole('textbox', { name: 'Invite code' }).fill(code);
  await team.getByRole('button', { name: 'Join team' }).click();
}

/** The team session in the secrets database, as the options page sees it (null when none). */
const storedSession = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('careline-secrets');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    if (!db.objectStoreNames.contains('team')) return null;
    const row = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('team').objectStore('team').get('team');
      request.onsuccess = () => resolve(request.result ?? null);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return row as { token: string; state: string; team: { name: string } } | null;
  });

test('bad addresses, a missing or wrong code and an unreachable server say why, and nothing is stored', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const team = teamRegion(page);
  await expect(team.getByRole('heading', { level: 2, name: 'Team' })).toBeVisible();

  await join(page, 'careline team', 'cli_abcdefgh');
  await expect(team.getByRole('alert')).toHaveText(
    '“careline team” is not a web address. Enter the team server’s address, for example https://careline.example.com. Nothing was changed.',
  );
  await join(page, 'http://careline.example.com', 'cli_abcdefgh');
  await expect(team.getByRole('alert')).toHaveText(
    'The team server must use https:// (plain http only on this computer: localhost or 127.0.0.1). Nothing was changed.',
  );
  await join(page, server.url, 'abc');
  await expect(team.getByRole('alert')).toHaveText(
    'That is not an invite code: paste the whole code your team lead sent. Nothing was changed.',
  );
  await join(page, server.url, 'cli_not-a-code-anyone-made');
  await expect(team.getByRole('alert')).toHaveText(
    `This invite code cannot be used on ${server.url}: it was already used, has expired, or is mistyped. Ask your team lead for a new one. Nothing was changed.`,
  );
  const closed = await startTestServer();
  await closed.close();
  await join(page, closed.url, 'cli_abcdefgh');
  await expect(team.getByRole('alert')).toContainText(`Could not reach the team server at ${closed.url}`);

  expect(await storedSession(page)).toBeNull();
  await expect(team.getByRole('status')).toHaveCount(0);
  await expect(team.getByRole('button', { name: 'Leave team' })).toHaveCount(0);
});

test("joins with the CLI's code, shows the team, and leaving revokes the token and keeps local data", async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await seedCustomers(page, [{ handle: 'minsu_kim', name: '김민수' }]);
  const { teamId } = await server.createTeam('KT care', 'Lead');
  const code = await server.invite(teamId, '서연');
  await join(page, server.url, code);

  const team = teamRegion(page);
  await expect(team.getByRole('status')).toHaveText('Connected to KT care as 서연');
  await expect(
    team.getByText(`Server: ${server.url} · Role: Agent · Customers you view stay in this browser for 24 hours.`),
  ).toBeVisible();
  await expect(team.getByRole('textbox', { name: 'Invite code' })).toHaveCount(0);
  // An agent has no lead tools.
  await expect(team.getByRole('heading', { name: 'Lead tools' })).toHaveCount(0);
  const { token } = (await storedSession(page))!;
  expect((await server.api('/me', { token })).status).toBe(200);

  await page.reload();
  await expect(teamRegion(page).getByRole('status')).toHaveText('Connected to KT care as 서연');
  await teamRegion(page).getByRole('button', { name: 'Leave team' }).click();
  await expect(teamRegion(page).getByRole('status')).toHaveText('Left KT care. Everything in this browser is kept.');
  await expect(teamRegion(page).getByRole('button', { name: 'Join team' })).toBeVisible();
  expect(await storedSession(page)).toBeNull();
  const after = await server.api('/me', { token });
  expect(after.status).toBe(401);
  expect(((await after.json()) as { error: string }).error).toBe('revoked');
  expect((await readCustomer(page, 'minsu_kim')).customer?.name).toBe('김민수');
});

test('a used code and the code of a revoked agent are refused with the same clear message', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const { teamId, leadCode } = await server.createTeam('LG U+ care', 'Dorothy');
  const lead = await server.join(leadCode);
  const used = await server.invite(teamId, '지민');
  await server.join(used);
  const revokedCode = await server.invite(teamId, '하늘');
  const agents = (await (await server.api('/agents', { token: lead.token })).json()) as { id: string; name: string }[];
  const haneul = agents.find((a) => a.name === '하늘')!;
  expect((await server.api('/agents/revoke', { token: lead.token, body: { agentId: haneul.id } })).status).toBe(200);

  const message = `This invite code cannot be used on ${server.url}: it was already used, has expired, or is mistyped. Ask your team lead for a new one. Nothing was changed.`;
  for (const code of [used, revokedCode]) {
    await join(page, server.url, code);
    await expect(teamRegion(page).getByRole('alert')).toHaveText(message);
  }
  expect(await storedSession(page)).toBeNull();
});

test("the lead invites (the code shown once), revokes an agent, and sets the team's cache and retention", async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const { leadCode } = await server.createTeam('SKT care', '지민');
  await join(page, server.url, leadCode);
  const team = teamRegion(page);
  await expect(team.getByRole('status').first()).toHaveText('Connected to SKT care as 지민');
  const lead = (await storedSession(page))!;

  const invite = team.getByRole('group', { name: 'Invite an agent' });
  await invite.getByRole('textbox', { name: 'Name of the new agent' }).fill('민수');
  await invite.getByRole('button', { name: 'Create invite code' }).click();
  const codeBox = invite.getByRole('textbox', { name: 'Invite code for 민수' });
  await expect(codeBox).toHaveValue(/^cli_[\w-]{43}$/);
  const code = await codeBox.inputValue();

  const agents = team.getByRole('group', { name: 'Agents' });
  const table = agents.getByRole('table', { name: 'Team agents' });
  await expect(table.getByRole('row', { name: /민수/ })).toContainText('Invited, not joined yet');
  const minsu = await server.join(code);
  await agents.getByRole('button', { name: 'Refresh agents' }).click();
  await expect(table.getByRole('row', { name: /민수/ })).toContainText('Active');
  await expect(table.getByRole('row', { name: /지민 \(you\)/ })).toContainText('Lead');
  await expect(table.getByRole('button', { name: 'Revoke 지민' })).toHaveCount(0);

  await table.getByRole('button', { name: 'Revoke 민수' }).click();
  await agents.getByRole('group', { name: 'Confirm revoke' }).getByRole('button', { name: 'Revoke access' }).click();
  await expect(agents.getByRole('status')).toHaveText("Revoked 민수's access");
  await expect(table.getByRole('row', { name: /민수/ })).toContainText('Revoked');
  expect((await server.api('/me', { token: minsu.token })).status).toBe(401);

  // Shown once: the server keeps only its hash, and a reload does not bring it back.
  await page.reload();
  await expect(teamRegion(page).getByRole('textbox', { name: /^Invite code for/ })).toHaveCount(0);

  const settings = teamRegion(page).getByRole('group', { name: 'Team settings' });
  const hours = settings.getByRole('spinbutton', { name: 'Keep viewed customers in browsers for (hours)' });
  const days = settings.getByRole('spinbutton', { name: 'Keep team history on the server for (days)' });
  const target = settings.getByRole('spinbutton', { name: 'Response-time target (minutes)' });
  const claim = settings.getByRole('spinbutton', { name: 'Claim time (minutes)' });
  await expect(hours).toHaveValue('24');
  await expect(target).toHaveValue('60');
  await expect(claim).toHaveValue('15');
  await hours.fill('0');
  await settings.getByRole('button', { name: 'Save team settings' }).click();
  await expect(settings.getByRole('alert')).toHaveText(
    'Hours: a whole number from 1 to 720. Days: a whole number from 30 to 3,650. Response-time target: whole minutes from 1 to 10,080. Claim time: whole minutes from 1 to 480. Nothing was saved.',
  );
  await hours.fill('48');
  await claim.fill('481');
  await settings.getByRole('button', { name: 'Save team settings' }).click();
  await expect(settings.getByRole('alert')).toContainText('Nothing was saved.');
  expect(await (await server.api('/settings', { token: lead.token })).json()).toMatchObject({ claimMinutes: 15 });
  await days.fill('400');
  await target.fill('30');
  await claim.fill('1');
  await settings.getByRole('button', { name: 'Save team settings' }).click();
  await expect(settings.getByRole('status')).toHaveText(
    'Saved team settings: customers stay in browsers for 48 hours, history on the server for 400 days; posts waiting longer than 30 minutes are highlighted, and a claim lasts 1 minute.',
  );
  expect(await (await server.api('/settings', { token: lead.token })).json()).toEqual({
    cacheHours: 48,
    retentionDays: 400,
    responseTargetMinutes: 30,
    claimMinutes: 1,
  });
  await expect(teamRegion(page).getByText(/stay in this browser for 48 hours/)).toBeVisible();
});

test('a revoked agent is told so, keeps local data, and can leave to join again', async ({ context, extensionId }) => {
  const page = await openOptionsPage(context, extensionId);
  const { teamId, leadCode } = await server.createTeam('KT care', 'Lead');
  const lead = await server.join(leadCode);
  await join(page, server.url, await server.invite(teamId, '서연'));
  await expect(teamRegion(page).getByRole('status')).toHaveText('Connected to KT care as 서연');
  const me = (await (await server.api('/agents', { token: lead.token })).json()) as { id: string; name: string }[];
  await server.api('/agents/revoke', { token: lead.token, body: { agentId: me.find((a) => a.name === '서연')!.id } });

  await page.reload();
  await expect(teamRegion(page).getByRole('alert')).toHaveText(
    "Your team lead revoked this computer's access to KT care, so syncing stopped. Everything in this browser is kept. Leave the team, then join again with a new invite code.",
  );
  expect((await storedSession(page))?.state).toBe('revoked');
  await teamRegion(page).getByRole('button', { name: 'Leave team' }).click();
  await expect(teamRegion(page).getByRole('status')).toHaveText('Left KT care. Everything in this browser is kept.');
  await join(page, server.url, await server.invite(teamId, '서연 (new laptop)'));
  await expect(teamRegion(page).getByRole('status')).toHaveText('Connected to KT care as 서연 (new laptop)');
});

test('after joining, local history is offered to the team once; declining keeps it local', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await seedCustomers(
    page,
    [{ handle: 'minsu_kim' }],
    [
      { customerHandle: 'minsu_kim', kind: 'note', at: '2026-12-01T01:00:00.000Z', text: 'Prefers DMs' },
      { customerHandle: 'minsu_kim', kind: 'note', at: '2026-12-01T02:00:00.000Z', text: 'Plan changed' },
    ],
  );
  const { leadCode } = await server.createTeam('KT care', '서연');
  await join(page, server.url, leadCode);
  const offer = teamRegion(page).getByRole('group', { name: 'Upload your local history' });
  await expect(offer).toContainText(
    'This browser holds 2 history entries from before you joined. Upload them to KT care once',
  );
  await offer.getByRole('button', { name: 'Keep it in this browser' }).click();
  await expect(offer).toHaveCount(0);
  await expect(teamRegion(page).getByText('Your earlier history stays in this browser only.')).toBeVisible();
  await page.reload();
  await expect(teamRegion(page).getByRole('status').first()).toHaveText('Connected to KT care as 서연');
  await expect(teamRegion(page).getByRole('group', { name: 'Upload your local history' })).toHaveCount(0);
});

test('uploading the local history once sends it to the team, and the offer does not come back', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  await seedCustomers(
    page,
    [{ handle: 'minsu_kim' }],
    [
      {
        customerHandle: 'minsu_kim',
        kind: 'note',
        at: '2026-12-01T01:00:00.000Z',
        text: 'Prefers DMs',
        clientId: crypto.randomUUID(),
      },
      {
        customerHandle: 'minsu_kim',
        kind: 'note',
        at: '2026-12-01T02:00:00.000Z',
        text: 'Plan changed',
        clientId: crypto.randomUUID(),
      },
    ],
  );
  const { teamId, leadCode } = await server.createTeam('KT care', '서연');
  await join(page, server.url, leadCode);
  const offer = teamRegion(page).getByRole('group', { name: 'Upload your local history' });
  await offer.getByRole('button', { name: 'Upload my history' }).click();
  await expect(teamRegion(page).getByText('Uploaded 2 history entries to KT care')).toBeVisible();
  await expect(offer).toHaveCount(0);
  await expect
    .poll(async () =>
      (
        await server.db.query<{ text: string }>('SELECT text FROM events WHERE team_id = $1 ORDER BY seq', [teamId])
      ).map((e) => e.text),
    )
    .toEqual(['Prefers DMs', 'Plan changed']);
  await page.reload();
  await expect(teamRegion(page).getByRole('status').first()).toHaveText('Connected to KT care as 서연');
  await expect(teamRegion(page).getByRole('group', { name: 'Upload your local history' })).toHaveCount(0);
});

test('in Korean the Team section has its Korean names', async ({ context, extensionId }) => {
  const page = await openOptionsPage(context, extensionId);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '한국어' });
  const team = teamRegion(page, '팀');
  const { teamId } = await server.createTeam('KT 고객센터', 'Lead');
  await team.getByRole('textbox', { name: '팀 서버 URL' }).fill('http://careline.example.com');
  await team.getByRole('textbox', { name: '초대 코드' }).fill('cli_abcdefgh');
  await team.getByRole('button', { name: '팀 참여' }).click();
  await expect(team.getByRole('alert')).toHaveText(
    '팀 서버는 https://를 써야 합니다(http는 이 컴퓨터의 localhost나 127.0.0.1에서만 가능). 아무것도 바뀌지 않았습니다.',
  );
  await expect(team.getByRole('button', { name: '회사 계정으로 로그인' })).toBeVisible();
  await team.getByRole('textbox', { name: '팀 서버 URL' }).fill(server.url);
  await team.getByRole('textbox', { name: '초대 코드' }).fill(await server.invite(teamId, '서연'));
  await team.getByRole('button', { name: '팀 참여' }).click();
  await expect(team.getByRole('status')).toHaveText('서연 이름으로 KT 고객센터에 연결됨');
  await team.getByRole('button', { name: '팀 나가기' }).click();
  await expect(team.getByRole('status')).toHaveText(
    'KT 고객센터에서 나갔습니다. 이 브라우저의 정보는 모두 남아 있습니다.',
  );
});

test("the lead imports the CRM's CSV to the server (all or nothing), erases a customer, and reads the month's access review", async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  const { teamId, leadCode } = await server.createTeam('SKT care', '지민');
  await join(page, server.url, leadCode);
  const team = teamRegion(page);
  await expect(team.getByRole('status').first()).toHaveText('Connected to SKT care as 지민');
  const lead = (await storedSession(page))!;
  const customersOnServer = async () =>
    Number(
      (await server.db.query<{ n: string }>('SELECT count(*) AS n FROM customers WHERE team_id = $1', [teamId]))[0]?.n,
    );

  const importer = team.getByRole('group', { name: 'Import customers to the team server' });
  await importer.getByLabel('Import customers to the team').setInputFiles(BAD_CUSTOMERS);
  await expect(importer.getByRole('alert')).toHaveText('Nothing was imported: the file has problems.');
  await expect(importer.getByRole('list', { name: 'Team import problems' }).getByRole('listitem')).not.toHaveCount(0);
  expect(await customersOnServer()).toBe(0);
  await importer.getByLabel('Import customers to the team').setInputFiles(CUSTOMERS);
  await expect(importer.getByRole('status')).toHaveText('Imported 6 customers to the team server');
  expect(await customersOnServer()).toBe(6);

  // Activity for the review: a lookup and an export by the lead.
  expect(
    (await server.api('/customers/lookup', { token: lead.token, body: { customer: { handle: 'jihoon_park' } } }))
      .status,
  ).toBe(200);
  expect((await server.api('/customers/export', { token: lead.token, body: {} })).status).toBe(200);

  const erase = team.getByRole('group', { name: 'Erase a customer from the team' });
  await erase.getByRole('combobox', { name: 'Find the customer by' }).selectOption({ label: 'X handle' });
  await erase.getByRole('textbox', { name: 'Customer to erase' }).fill('@minji_kim');
  await erase.getByRole('button', { name: 'Erase from team' }).click();
  await erase.getByRole('group', { name: 'Confirm team erase' }).getByRole('button', { name: 'Erase' }).click();
  await expect(erase.getByRole('status')).toHaveText(
    'Erased @minji_kim from the team server; agents’ browsers delete it at their next sync.',
  );
  expect(await customersOnServer()).toBe(5);
  await erase.getByRole('textbox', { name: 'Customer to erase' }).fill('minji_kim');
  await erase.getByRole('button', { name: 'Erase from team' }).click();
  await erase.getByRole('group', { name: 'Confirm team erase' }).getByRole('button', { name: 'Erase' }).click();
  await expect(erase.getByRole('alert')).toHaveText('The team server has no customer @minji_kim. Nothing was erased.');
  await erase.getByRole('textbox', { name: 'Customer to erase' }).fill('not a handle!');
  await erase.getByRole('button', { name: 'Erase from team' }).click();
  await expect(erase.getByRole('alert')).toHaveText('That is not a valid X handle. Nothing was erased.');

  // The lead's whole section, filled in, has no serious accessibility problem.
  const { violations } = await new AxeBuilder({ page })
    .include('section[aria-labelledby="team-h"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const month = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);
  const review = team.getByRole('group', { name: 'Access review' });
  await review.getByLabel('Month').fill(month);
  await review.getByRole('button', { name: 'Show access review' }).click();
  const row = review.getByRole('table', { name: `Access review for ${month}` }).getByRole('row', { name: /지민/ });
  // Lookups, customers, exports, erases; the flags name the export (and, run at night in Korea, the hour).
  await expect(row.getByRole('cell').first()).toHaveText('1');
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await expect(row.getByRole('cell').nth(4)).toContainText('Exported customer data');
});
