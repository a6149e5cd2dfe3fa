/**
 * Driving Careline in Firefox for firefox.spec.ts, over WebDriver BiDi (Puppeteer): the panel frame,
 * clicks by visible name, extension tabs (which BiDi reports as about:blank), the handoff settings.
 * Playwright's locators are not available here: these are the few it would have given.
 */
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';

export async function panelFrame(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('iframe[title="Careline"]');
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error('no Careline panel frame');
  return frame;
}

/** Waits until the panel shows `text`, in its rendered text (what the agent reads). */
export async function panelShows(frame: Frame, text: string): Promise<void> {
  await frame.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000 }, text);
}

/**
 * The panel's element matching `selector` named `name` (its text, a child's text such as an option's
 * title, or its aria-label): clicked for real, with the mouse.
 */
export async function click(frame: Frame, selector: string, name: string): Promise<void> {
  const handle = await frame.waitForFunction(
    (css, label) =>
      [...document.querySelectorAll<HTMLElement>(css)].find(
        (el) =>
          el.textContent?.trim() === label ||
          el.getAttribute('aria-label') === label ||
          [...el.querySelectorAll('*')].some((child) => child.textContent?.trim() === label),
      ),
    { timeout: 10_000 },
    selector,
    name,
  );
  await (handle as ElementHandle<HTMLElement>).click();
}

/**
 * The tab of a Careline page (e.g. options.html) once it has opened. Firefox's BiDi reports such
 * tabs' URL as about:blank, so each tab is asked where it is.
 */
export async function extensionTab(browser: Browser, file: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const tab of await browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\//.test(href) && href.endsWith(`/${file}`)) return tab;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Careline's ${file} did not open`);
}

/** The tab whose address starts with `prefix`, once it has opened. */
export async function webTab(browser: Browser, prefix: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const tab of await browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return tab;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seen = await Promise.all((await browser.pages()).map((tab) => tab.evaluate(() => location.href).catch(() => '?')));
  throw new Error(`no tab opened at ${prefix}… (tabs: ${seen.join(', ')})`);
}

/**
 * Options → Handoff as a team lead fills it in, reached through the panel's settings button: the
 * delivery method, text fields by their label, then the section's own Save (the You section has one
 * too). Firefox's permission prompt for the webhook's origin is answered by the profile (see
 * scripts/firefox.ts), as the team lead's "Allow" would be.
 */
export async function saveHandoffSettings(browser: Browser, panel: Frame, method: 'webhook' | 'crm', fields: Record<string, string>): Promise<void> {
  await click(panel, 'button', 'Careline settings');
  const settings = await extensionTab(browser, 'options.html');
  await settings.bringToFront();
  await (await settings.waitForSelector(`input[type="radio"][value="${method}"]`))?.click();
  for (const [label, value] of Object.entries(fields)) {
    const field = await settings.waitForFunction(
      (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ?? undefined,
      {},
      label,
    );
    await (field as ElementHandle<HTMLInputElement>).type(value);
  }
  // The Handoff section is the one holding the delivery radios.
  const save = await settings.waitForFunction(() =>
    [...(document.querySelector('input[name$="-method"]')?.closest('section')?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Save'),
  );
  await (save as ElementHandle<HTMLButtonElement>).click();
  await settings.waitForFunction(() =>
    [...(document.querySelector('input[name$="-method"]')?.closest('section')?.querySelectorAll('[role="status"]') ?? [])].some((status) =>
      status.textContent?.startsWith('Saved'),
    ),
  );
}

/** The panel's "Hand off" dialog, sent with the first of the team's reasons; returns that reason's value. */
export async function sendHandoff(panel: Frame): Promise<string> {
  await click(panel, 'button', 'Hand off to call center');
  // The list starts on "Choose a reason".
  const reason = await panel.$eval('dialog select', (select) => (select as HTMLSelectElement).options[1]?.value ?? '');
  if (!reason) throw new Error('the Hand off dialog offers no reason to choose');
  await panel.select('dialog select', reason);
  await click(panel, 'dialog button', 'Send handoff');
  return reason;
}

export const composerText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xapp: { getComposerText(id?: string): string } }).__xapp.getComposerText('tweetTextarea_0'));
