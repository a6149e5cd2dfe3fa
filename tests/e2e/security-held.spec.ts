/**
 * Defences that held up in the security review (issue 11, "What held up"): kept so by tests.
 * Another web origin cannot frame Careline's pages at all; x.com can frame only the panel.
 */
import { expect, test } from './fixtures';

test('a web page of another origin cannot frame the panel, the options page or the welcome page', async ({ context, xServer, extensionId }) => {
  const page = await context.newPage();
  // The imitation's server also answers as https://localhost: a web origin Careline has no business with.
  await page.goto(`https://localhost:${xServer.port}/home`);
  const files = ['panel.html', 'options.html', 'welcome.html'];
  await page.evaluate(({ id, names }) => {
    for (const name of names) {
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${id}/${name}`;
      frame.dataset.file = name;
      document.body.append(frame);
    }
  }, { id: extensionId, names: files });
  await page.waitForTimeout(1_000);
  const loaded = page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url());
  expect(loaded).toHaveLength(files.length);
  // Chromium shows its own error page in each frame; none of them became Careline's page.
  for (const url of loaded) expect(url, `framed: ${url}`).not.toMatch(/^chrome-extension:/);
});
