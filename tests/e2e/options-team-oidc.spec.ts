/**
 * "Sign in with company account" end to end: a real OpenID Connect provider (oidc-provider) on
 * 127.0.0.1, the browser's sign-in window opened by identity.launchWebAuthFlow, the provider's
 * login and consent pages filled in that window, and the team session the server gives back.
 */
import { setTeamOidc } from '../../server/oidc/team-oidc';
import { startTestServer, type TestServer } from '../../server/testing';
import { startOidcProvider, type TestProvider } from '../server/test-oidc-provider';
import { expect, test } from './fixtures';
import { optionsPageOpener } from './options-page';

const openOptionsPage = optionsPageOpener();
let server: TestServer;
let provider: TestProvider | undefined;
test.beforeEach(async () => {
  server = await startTestServer();
});
test.afterEach(async () => {
  await server.close();
  await provider?.close();
});

test("signs in through the company's identity provider and joins as the agent it names", async ({
  context,
  extensionId,
}) => {
  provider = await startOidcProvider(
    ['careline'],
    { 'kim.seoyeon': '김서연' },
    `https://${extensionId}.chromiumapp.org/oidc`,
  );
  const { teamId } = await server.createTeam('KT care', 'Lead');
  await setTeamOidc(server.db, teamId, { issuer: provider.issuer, clientId: 'careline' });

  const page = await openOptionsPage(context, extensionId);
  const team = page.getByRole('region', { name: 'Team', exact: true });
  await team.getByRole('textbox', { name: 'Team server URL' }).fill(server.url);
  const window = context.waitForEvent('page');
  await team.getByRole('button', { name: 'Sign in with company account' }).click();
  const signIn = await window;
  await signIn.locator('input[name="login"]').fill('kim.seoyeon');
  await signIn.locator('input[name="password"]').fill('any');
  await signIn.locator('button[type="submit"]').click();
  await signIn.locator('button[type="submit"]').click(); // the provider's consent page
  await expect(team.getByRole('status')).toHaveText('Connected to KT care as 김서연');
  await expect(team.getByText(/Role: Agent/)).toBeVisible();
  expect(
    await server.db.query(
      'SELECT name, role, oidc_subject FROM agents WHERE team_id = $1 AND oidc_subject IS NOT NULL',
      [teamId],
    ),
  ).toEqual([{ name: '김서연', role: 'agent', oidc_subject: 'kim.seoyeon' }]);
});
