/**
 * The README's screenshots: `npx tsx scripts/screenshots.ts` (after `npm run build && npm run
 * build:fixture`). Headless, and set up the way `npm start` is (scripts/start.ts): the built
 * Careline on our x.com imitation, the sample customers imported through the options page, the
 * reference handoff receiver as the call center, and the demo team server (scripts/demo-team.ts)
 * joined through options → Team. Writes docs/screenshots/: welcome.png, panel.png,
 * panel-handoff.png, panel-team.png, queue.png, panel-presence.png, panel-incident.png, options.png, options-routes.png and receiver.png (`--out DIR` to write elsewhere), then the store
 * listing's images to docs/store/ (scripts/store-images.ts; `--store DIR` to write elsewhere). Every
 * shot waits for what it shows, never for a fixed time alone, so none catches a loading state.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { launchCareline, panelFrameOf } from './chromium';
import { startXServer } from '../tests/fixtures/x-app/server';
import { startReceiver } from '../examples/handoff-receiver/server';
import { DEMO_SECRET, importSampleCustomers, joinDemoTeam, setUpDemoHandoff } from './demo-setup';
import { COLLEAGUE_NOTE, startDemoTeam } from './demo-team';
import { shootPresence, shootQueue } from './screenshots-live';
import { shootIncident } from './screenshots-incident';
import { shootRoutes } from './screenshots-routes';
import { shootStoreImages } from './store-images';

/** The Korean customer's complaint with X's inline reply box under it (as in `npm start`). */
const DEMO_PATH = '/minji_kim/status/1991000000000000101';
const VIEWPORT = { width: 1280, height: 800 };

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.resolve(import.meta.dirname, '../docs/screenshots') },
    store: { type: 'string', default: path.resolve(import.meta.dirname, '../docs/store') },
  },
});
const outDir = path.resolve(values.out);
const storeDir = path.resolve(values.store);
mkdirSync(outDir, { recursive: true });
mkdirSync(storeDir, { recursive: true });
const file = (name: string) => path.join(outDir, name);

const server = await startXServer({ port: 0 });
const receiver = await startReceiver({ port: 0, secret: DEMO_SECRET });
const team = await startDemoTeam(path.join(mkdtempSync(path.join(tmpdir(), 'careline-shots-')), 'team-server'));
const { context, extensionId, worker } = await launchCareline({
  port: server.port,
  headless: true,
  viewport: VIEWPORT,
});
const optionsUrl = `chrome-extension://${extensionId ?? ''}/options.html`;

try {
  await shootWelcome(context);
  await importCustomers(context);
  await joinTeam(context);
  await setUpHandoff(context);
  const x = await context.newPage();
  await shootPanel(x);
  await shootTeam(x);
  await shootHandoff(x);
  const shooter = {
    shoot: async (page: Page, name: string) => {
      await settle(page);
      await page.screenshot({ path: file(name) });
      done(name);
    },
  };
  await shootQueue(x, shooter);
  await shootPresence(x, team.live, shooter);
  await shootReceiver(context);
  await shootOptions(context);
  await shootRoutes(context, optionsUrl, async (page, name, clip) => {
    await settle(page);
    await page.screenshot({ path: file(name), clip: await clip() });
    done(name);
  });
  if (!worker) throw new Error('Careline has no service worker');
  await shootStoreImages({
    context,
    worker,
    optionsUrl,
    outDir: storeDir,
    settle,
    done: (written) => console.log(`wrote ${path.relative(process.cwd(), written)}`),
  });
  await shootIncident(x, team, shooter);
} finally {
  await context.close();
  await receiver.close();
  await team.close();
  await server.close();
}
process.exit(0);

/** The page Careline opens on first install, with the sample replies it lists from the library. */
async function shootWelcome(ctx: BrowserContext): Promise<void> {
  const welcome = await waitForPage(ctx, /\/welcome\.html$/);
  await welcome.getByRole('list', { name: 'Sample replies in your library' }).getByRole('listitem').nth(3).waitFor();
  await settle(welcome);
  await welcome.screenshot({ path: file('welcome.png'), fullPage: true });
  done('welcome.png');
  await welcome.close();
}

/** What a team's CRM export goes through: options → Customers → "Import customers". */
async function importCustomers(ctx: BrowserContext): Promise<void> {
  const options = await ctx.newPage();
  await options.goto(optionsUrl);
  await importSampleCustomers(options);
  await options.close();
}

/** The lead joins the demo team with the invite code `create-team` printed: options → Team. */
async function joinTeam(ctx: BrowserContext): Promise<void> {
  const options = await ctx.newPage();
  await options.goto(optionsUrl);
  await joinDemoTeam(options, team.url, team.leadCode);
  await options.close();
}

/** The team lead's step: options → You (agent name) and Handoff → webhook to the reference receiver. */
async function setUpHandoff(ctx: BrowserContext): Promise<void> {
  const options = await ctx.newPage();
  await options.goto(optionsUrl);
  const you = options.getByRole('region', { name: 'You' });
  await you.getByRole('textbox', { name: 'Agent name' }).fill('Jae');
  await you.getByRole('button', { name: 'Save' }).click();
  await you.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await setUpDemoHandoff(options, receiver.webhookUrl);
  await options.close();
}

/** The panel beside X's reply box: the customer's card and a reply previewed with their values. */
async function shootPanel(x: Page): Promise<void> {
  await x.goto(`https://x.com${DEMO_PATH}`);
  const panel = await panelFrameOf(x, 20_000);
  await panel.getByRole('complementary', { name: 'Careline' }).waitFor({ timeout: 20_000 });
  const card = panel.getByRole('region', { name: 'Customer' });
  await card.getByRole('list', { name: 'Tags' }).waitFor({ timeout: 20_000 });
  await card.getByText('김민지', { exact: true }).first().waitFor();
  await panel.getByRole('option', { name: '개통 지연 사과' }).click();
  await panel.getByText('김민지님, 개통이 늦어져').first().waitFor();
  await settle(x);
  await x.screenshot({ path: file('panel.png') });
  done('panel.png');
}

/** After "Hand off to call center": the ticket in the panel and the ticket reply in X's composer. */
async function shootHandoff(x: Page): Promise<void> {
  const panel = await panelFrameOf(x, 20_000);
  const card = panel.getByRole('region', { name: 'Customer' });
  await card.getByRole('button', { name: 'Hand off to call center' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await dialog.getByRole('combobox', { name: 'Reason' }).selectOption('개통 · Activation');
  await dialog.getByRole('combobox', { name: 'Priority' }).selectOption('high');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('개통 3일째 지연, 유심 재발급 이력 있음. 오늘 중 콜백 요청');
  await dialog.getByRole('button', { name: 'Send handoff' }).click();
  await card
    .getByRole('status')
    .filter({ hasText: /Ticket CL-\d+/ })
    .waitFor({ timeout: 20_000 });
  await card.getByRole('button', { name: 'Insert ticket reply' }).click();
  await x
    .locator('[data-testid="tweetTextarea_0"]')
    .filter({ hasText: /CL-\d+/ })
    .waitFor();
  await settle(x);
  await x.screenshot({ path: file('panel-handoff.png') });
  done('panel-handoff.png');
}

/** The team in action: 지민's note and tag on the card beside the lead's own note, each saying who and when. */
async function shootTeam(x: Page): Promise<void> {
  const panel = await panelFrameOf(x, 20_000);
  const card = panel.getByRole('region', { name: 'Customer' });
  const notes = card.getByRole('list', { name: 'Notes' });
  await notes.getByText(COLLEAGUE_NOTE).waitFor({ timeout: 20_000 });
  await card.getByRole('textbox', { name: 'Note', exact: true }).fill('콜백 완료: 내일 오전 중 개통 예정으로 안내');
  await card.getByRole('button', { name: 'Add note' }).click();
  await notes.getByRole('listitem').filter({ hasText: '콜백 완료' }).waitFor();
  // The tags (지민's among them) at the top of the card, the notes and history under them.
  await card.getByRole('list', { name: 'Tags' }).evaluate((tags) => tags.scrollIntoView({ block: 'start' }));
  await settle(x);
  await x.screenshot({ path: file('panel-team.png') });
  done('panel-team.png');
  // The next shot starts from the top of the card again, as a freshly opened post does.
  await x.reload();
}

/** The call center's side: the reference receiver's case list with the case just handed off. */
async function shootReceiver(ctx: BrowserContext): Promise<void> {
  const page = await ctx.newPage();
  // The receiver's plain table is wide (eleven columns): a wider window shows all of it.
  await page.setViewportSize({ width: 1600, height: 600 });
  await page.goto(`${receiver.url}/`);
  await page.locator('tbody tr').filter({ hasText: '@' }).first().waitFor();
  const table = await page.locator('table').boundingBox();
  if (!table) throw new Error('the receiver page has no table');
  await page.screenshot({
    path: file('receiver.png'),
    clip: { x: 0, y: 0, width: 1600, height: Math.ceil(table.y + table.height + 24) },
  });
  done('receiver.png');
  await page.close();
}

/** The options page from the top to the end of the Handoff section (Templates, Customers, Handoff). */
async function shootOptions(ctx: BrowserContext): Promise<void> {
  const page = await ctx.newPage();
  await page.goto(optionsUrl);
  await page.getByRole('table', { name: 'Template library' }).getByRole('row').nth(4).waitFor();
  const customers = page.getByRole('region', { name: 'Customers' });
  await customers.getByText(/^Customers saved: \d/).waitFor();
  const handoff = page.getByRole('region', { name: 'Handoff' });
  await handoff.getByRole('textbox', { name: 'Webhook URL' }).waitFor();
  await settle(page);
  const box = await handoff.boundingBox();
  if (!box) throw new Error('the Handoff section has no box');
  const scrollY = await page.evaluate(() => window.scrollY);
  const bottom = Math.ceil(box.y + scrollY + box.height + 12);
  await page.screenshot({
    path: file('options.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: VIEWPORT.width, height: bottom },
  });
  done('options.png');
  await page.close();
}

async function waitForPage(ctx: BrowserContext, url: RegExp, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = ctx.pages().find((p) => url.test(p.url()));
    if (page) {
      await page.waitForLoadState();
      return page;
    }
    if (Date.now() > deadline) throw new Error(`no page matching ${url} opened`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fonts loaded and two frames painted after the last change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForTimeout(200);
}

function done(name: string): void {
  console.log(`wrote ${path.relative(process.cwd(), file(name))}`);
}
