/**
 * Defences that held up in the security review (docs/security.md), held to by tests.
 * Another web origin cannot frame Careline's pages at all; x.com can frame only the panel.
 */
import { startReceiver } from '../../examples/handoff-receiver/server';
import { expect, test } from './fixtures';
import { outboxPage, queueHandoffs } from './handoff-helpers';
import { optionsPageOpener } from './options-page';
import { recordingProxy } from './secrets-helpers';

const openOptionsPage = optionsPageOpener();

test('a web page of another origin cannot frame the panel, the options page or the welcome page', async ({
  context,
  xServer,
  extensionId,
}) => {
  const page = await context.newPage();
  // The imitation's server also answers as https://localhost: a web origin Careline has no business with.
  await page.goto(`https://localhost:${xServer.port}/home`);
  const files = ['panel.html', 'options.html', 'welcome.html'];
  await page.evaluate(
    ({ id, names }) => {
      for (const name of names) {
        const frame = document.createElement('iframe');
        frame.src = `chrome-extension://${id}/${name}`;
        frame.dataset.file = name;
        document.body.append(frame);
      }
    },
    { id: extensionId, names: files },
  );
  await page.waitForTimeout(1_000);
  const loaded = page
    .frames()
    .filter((f) => f !== page.mainFrame())
    .map((f) => f.url());
  expect(loaded).toHaveLength(files.length);
  // Chromium shows its own error page in each frame; none of them became Careline's page.
  for (const url of loaded) expect(url, `framed: ${url}`).not.toMatch(/^chrome-extension:/);
});

test("a handoff reaches the call center without the browser's cookies for its address", async ({
  context,
  extensionId,
}) => {
  const receiver = await startReceiver({ port: 0 });
  const proxy = await recordingProxy(receiver.port);
  try {
    // The agent's browser holds a session cookie for the receiver's address (say, the CRM's login).
    await context.addCookies([{ name: 'crm_session', value: 'agent-session-7731', url: proxy.url }]);
    const options = await openOptionsPage(context, extensionId);
    const section = options.getByRole('region', { name: 'Handoff', exact: true });
    await section.getByRole('radio', { name: 'Webhook' }).check();
    await section.getByRole('textbox', { name: 'Webhook URL' }).fill(`${proxy.url}/handoffs`);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('status')).toContainText('Saved');
    // The cookie is really there for that address: a page's own request would carry it.
    expect((await context.cookies(proxy.url)).map((c) => c.name)).toContain('crm_session');

    await queueHandoffs(await outboxPage(context, extensionId), [
      {
        id: crypto.randomUUID(),
        handle: 'minji_kim',
        seenName: '김민지',
        conversation: { url: 'https://x.com/minji_kim/status/1991000000000000101' },
        reason: '개통 · Activation',
        priority: 'normal',
        note: 'no cookies',
        method: 'webhook',
        agentName: 'Jae',
      },
    ]);
    await expect.poll(() => proxy.requests.some((r) => r.method === 'POST'), { timeout: 20_000 }).toBe(true);
    expect(proxy.requests.find((r) => r.method === 'POST')?.headers.cookie).toBeUndefined();
    await expect.poll(() => receiver.cases().length, { timeout: 20_000 }).toBe(1);
  } finally {
    await proxy.close();
    await receiver.close();
  }
});
