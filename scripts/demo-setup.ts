/**
 * The demo's set-up, done through the options page the way a team lead does it; shared by
 * `npm start` and the README screenshots so both show the same Careline.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';

/** The imitation's own invented customers, as a team's CRM export. */
export const SAMPLE_CUSTOMERS = path.resolve(import.meta.dirname, '../tests/fixtures/customers/customers-utf8.csv');
/** The demo's webhook secret: the reference receiver checks every case's signature with it. */
export const DEMO_SECRET = 'careline-demo';

/** options → Customers → "Import customers" with the sample CSV; `options` is an open options page. */
export async function importSampleCustomers(options: Page): Promise<void> {
  await options.getByLabel('Import customers').setInputFiles(SAMPLE_CUSTOMERS);
  // The column mapping is shown first: the lead confirms it.
  await options.getByRole('region', { name: 'Customers' }).getByRole('button', { name: 'Import', exact: true }).click();
  await options
    .getByRole('status')
    .filter({ hasText: /^Imported \d+ customers$/ })
    .waitFor({ timeout: 20_000 });
}

/** options → Handoff → webhook to the reference receiver, with the call center's name and number. */
export async function setUpDemoHandoff(options: Page, webhookUrl: string): Promise<void> {
  const section = options.getByRole('region', { name: 'Handoff' });
  await section.getByRole('textbox', { name: 'Webhook URL' }).fill(webhookUrl);
  await section.getByLabel('Webhook secret').fill(DEMO_SECRET);
  await section.getByRole('textbox', { name: 'Call center name' }).fill('한빛 고객센터');
  await section.getByRole('textbox', { name: 'Call center phone' }).fill('1588-0000');
  await section.getByRole('button', { name: 'Save' }).click();
  await section.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
}

/** options → Team: the team server's address and a one-time invite code, then "Join team". */
export async function joinDemoTeam(options: Page, serverUrl: string, inviteCode: string): Promise<void> {
  const section = options.getByRole('region', { name: 'Team', exact: true });
  await section.getByRole('textbox', { name: 'Team server URL' }).fill(serverUrl);
  await section.getByRole('textbox', { name: 'Invite code' }).fill(inviteCode);
  await section.getByRole('button', { name: 'Join team' }).click();
  await section.getByText(/^Connected to .+ as .+/).waitFor({ timeout: 20_000 });
}
