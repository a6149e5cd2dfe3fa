/**
 * `npm start`: Chromium with the built Careline on our x.com imitation (served as https://x.com),
 * opened on a customer's tweet, with the reference handoff receiver (examples/handoff-receiver)
 * standing in for the call center: the webhook is set up through the options page, and its case
 * list opens in a tab, and a team server (scripts/demo-team.ts: embedded PGlite beside the browser
 * profile in a fresh temporary folder) whose colleague 지민 has written about the demo customer: the
 * browser joins the team through options → Team, so the card shows her note. `npm start --
 * --headless --screenshot FILE` waits for the panel, writes a PNG and exits 0.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { launchCareline, panelFrameOf } from './chromium';
import { startXServer } from '../tests/fixtures/x-app/server';
import { startReceiver } from '../examples/handoff-receiver/server';
import { DEMO_SECRET, importSampleCustomers, joinDemoTeam, setUpDemoHandoff } from './demo-setup';
import { COLLEAGUE_NOTE, DEMO_COLLEAGUE, DEMO_LEAD, DEMO_TEAM, startDemoTeam } from './demo-team';

/** A Korean customer's complaint with X's inline reply box under it. */
const DEMO_PATH = '/minji_kim/status/1991000000000000101';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    path: { type: 'string', default: DEMO_PATH },
    port: { type: 'string', default: '0' },
    'receiver-port': { type: 'string', default: '0' },
  },
});

const demoDir = mkdtempSync(path.join(tmpdir(), 'careline-demo-'));
const server = await startXServer({ port: Number(values.port) });
const team = await startDemoTeam(path.join(demoDir, 'team-server'));
const { context, extensionId } = await launchCareline({
  port: server.port,
  userDataDir: path.join(demoDir, 'profile'),
  headless: values.headless,
  viewport: { width: 1440, height: 900 },
});
const receiver = await startReceiver({ port: Number(values['receiver-port']), secret: DEMO_SECRET });
const page = context.pages()[0] ?? (await context.newPage());
await seedSampleCustomers();
await joinTeam();
await setUpWebhook();
await page.goto(`https://x.com${values.path}`);
console.log(`Careline is running on the x.com imitation (https://x.com${values.path} -> 127.0.0.1:${server.port}).`);
console.log(`Handoffs go to the reference receiver: ${receiver.webhookUrl} (cases listed at ${receiver.url}/).`);
console.log(
  `Team server: ${team.url} (team ${DEMO_TEAM}, data in ${demoDir}); this browser joined as ${DEMO_LEAD}, ` +
    `and ${DEMO_COLLEAGUE}'s note is on @minji_kim's card.`,
);

/**
 * The demo's customers (the imitation's own invented people) go in the way a team's CRM export
 * does: through the options page's "Import customers". Sample templates are seeded on install.
 */
async function seedSampleCustomers(): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importSampleCustomers(options);
  await options.close();
}

/** The lead joins the team with the invite code `create-team` printed: options → Team → "Join team". */
async function joinTeam(): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await joinDemoTeam(options, team.url, team.leadCode);
  await options.close();
}

/** The team lead's step: options → Handoff → webhook to the call center (here, the reference receiver). */
async function setUpWebhook(): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await setUpDemoHandoff(options, receiver.webhookUrl);
  if (values.headless || values.screenshot) await options.close();
  else await options.goto(receiver.url);
}

if (values.screenshot) {
  const panel = await panelFrameOf(page, 20_000);
  await panel.getByRole('complementary', { name: 'Careline' }).waitFor({ timeout: 20_000 });
  await panel.getByRole('option').first().waitFor({ timeout: 20_000 });
  await panel.getByRole('heading', { name: 'Customer' }).waitFor();
  await panel.getByRole('list', { name: 'Tags' }).waitFor({ timeout: 20_000 });
  // The team's record has come in: 지민's note is on the card.
  await panel.getByRole('list', { name: 'Notes' }).getByText(COLLEAGUE_NOTE).waitFor({ timeout: 20_000 });
  // In front of the welcome page Careline opens on a first install: a background tab's panel frame
  // is not painted into the screenshot.
  await page.bringToFront();
  await page.waitForTimeout(300); // let the customer card and fonts settle
  const file = path.resolve(values.screenshot);
  await page.screenshot({ path: file });
  console.log(`Screenshot written to ${file}`);
}

if (values.headless || values.screenshot) {
  await context.close();
  await receiver.close();
  await team.close();
  await server.close();
  process.exit(0);
}

console.log('Close the browser window (or press Ctrl+C) to stop.');
const stop = async () => {
  await context.close().catch(() => undefined);
  await receiver.close();
  await team.close();
  await server.close();
  process.exit(0);
};
context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
