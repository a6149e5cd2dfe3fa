/**
 * Driving Careline in Firefox for firefox.spec.ts, over WebDriver BiDi (Puppeteer): the panel frame,
 * clicks by visible name, extension tabs (which BiDi reports as about:blank), the handoff settings.
 * Playwright's locators are not available here: these are the few it would have given.
 *
 * Every wait here is a loop of plain `evaluate` calls, never Puppeteer's waitForFunction or
 * waitForSelector: those rebuild the predicate with `new Function()` inside the page, and Careline's
 * own pages (panel, options) forbid eval by their CSP. Firefox 140 enforces that on Puppeteer's
 * sandbox ("call to Function() blocked by CSP"); 153 happens to let it through, which is a browser
 * build's quirk to rely on. BiDi's script.callFunction runs a function without eval, in every build.
 * eslint.config.js keeps the two methods out of these files.
 */
import type { Browser, ElementHandle, Frame, JSHandle, Page } from 'puppeteer-core';

/** A page or a frame: whatever can run a function. */
type Realm = Page | Frame;
/** Puppeteer's evaluate, typed loosely: the wrappers below keep the caller's own types. */
type Run = (fn: unknown, ...args: unknown[]) => Promise<unknown>;
const run = (realm: Realm): Run => realm.evaluate.bind(realm) as unknown as Run;
const runHandle = (realm: Realm) =>
  realm.evaluateHandle.bind(realm) as unknown as (fn: unknown, ...args: unknown[]) => Promise<JSHandle>;
const POLL_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn(...args)` in `realm` until it returns something truthy, and returns that. Errors while
 * the realm navigates (a destroyed context) are retried; the last one is named if time runs out.
 */
export async function until<A extends unknown[], R>(
  realm: Realm,
  what: string,
  fn: (...args: A) => R,
  args: A,
  timeoutMs = 10_000,
): Promise<NonNullable<Awaited<R>>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = (await run(realm)(fn, ...args)) as Awaited<R>;
      if (result) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    await sleep(POLL_MS);
  }
}

/** Like `until`, for an element: `fn` returns the element or nothing; the handle is for clicks and typing. */
export async function untilElement<A extends unknown[], E extends Element>(
  realm: Realm,
  what: string,
  fn: (...args: A) => E | null | undefined,
  args: A,
  timeoutMs = 10_000,
): Promise<ElementHandle<E>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const handle = await runHandle(realm)(fn, ...args);
      const element = handle.asElement();
      if (element) return element as ElementHandle<E>;
      await handle.dispose();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    await sleep(POLL_MS);
  }
}

/** The first element matching `selector`, once there. */
export const element = <E extends Element = HTMLElement>(realm: Realm, selector: string, timeoutMs?: number) =>
  untilElement<[string], E>(realm, selector, (css) => document.querySelector<E>(css), [selector], timeoutMs);

/** Careline's panel page, wherever on x.com its frame is mounted: moz-extension://<uuid>/panel.html, maybe with ?query or #hash. */
const PANEL_URL = /^moz-extension:\/\/[^/]+\/panel\.html(?:[?#]|$)/;

/**
 * The Careline panel frame on an x.com page, found by its address among the page's frames: the
 * frame is moving into a closed shadow root, where no selector (`iframe[title="Careline"]`) reaches.
 * Firefox's BiDi reports an extension frame's URL as about:blank (as it does for extension tabs),
 * so a frame that does not say where it is gets asked. After a reload the old frame is detached;
 * only a live one counts.
 */
export async function panelFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen: string[] = [];
    for (const frame of page.frames()) {
      if (frame.detached) continue;
      const href = PANEL_URL.test(frame.url())
        ? frame.url()
        : await frame.evaluate(() => location.href).catch(() => frame.url());
      if (PANEL_URL.test(href)) return frame;
      seen.push(href);
    }
    if (Date.now() > deadline)
      throw new Error(`no Careline panel frame on ${page.url()} within ${timeoutMs} ms (frames: ${seen.join(', ')})`);
    await sleep(POLL_MS);
  }
}

/** Waits until the page or panel shows `text`, in its rendered text (what the agent reads). */
export async function shows(realm: Realm, text: string, timeoutMs = 10_000): Promise<void> {
  await until(realm, `the text "${text}"`, (t) => document.body?.innerText.includes(t), [text], timeoutMs);
}

/**
 * The element matching `selector` named `name` (its text, a child's text such as an option's
 * title, or its aria-label): clicked for real, with the mouse.
 */
export async function click(realm: Realm, selector: string, name: string): Promise<void> {
  const target = await untilElement(
    realm,
    `${selector} named "${name}"`,
    (css, label) =>
      [...document.querySelectorAll<HTMLElement>(css)].find(
        (el) =>
          el.textContent?.trim() === label ||
          el.getAttribute('aria-label') === label ||
          [...el.querySelectorAll('*')].some((child) => child.textContent?.trim() === label),
      ),
    [selector, name],
  );
  await mouseClick(realm, target);
}

/** Puppeteer's BidiFrame keeps its BiDi browsing context here (not in the typed API). */
function frameContext(frame: Frame): { performActions(actions: unknown[]): Promise<void> } {
  return (frame as unknown as { browsingContext: { performActions(actions: unknown[]): Promise<void> } })
    .browsingContext;
}

/** A child frame (the panel), as opposed to a tab's own document. */
const inFrame = (realm: Realm): realm is Frame => 'parentFrame' in realm && !!realm.parentFrame();

/**
 * A real mouse click (trusted pointer events) at the element's centre. In a page, Puppeteer's own
 * click. In a frame that click first looks up the <iframe> element with BiDi's `locateNodes` by
 * context, which Firefox 140 rejects ("Expected locator.type to be one of …"); so the pointer
 * actions go to the frame's own browsing context, in the frame's coordinates, which every build
 * takes, wherever the <iframe> is mounted (a closed shadow root included).
 */
export async function mouseClick(realm: Realm, target: ElementHandle): Promise<void> {
  if (!inFrame(realm)) return target.click();
  const mouse = { type: 'pointer', id: 'careline-frame-mouse', parameters: { pointerType: 'mouse' } };
  // The agent's click, as the element gets it: trusted, not a script's.
  const seen = await target.evaluateHandle((el) => {
    const state = { clicks: 0 };
    el.addEventListener('click', (event) => void (event.isTrusted && state.clicks++), { capture: true });
    return state;
  });
  // In a frame that has just loaded, Firefox now and then refuses the pointer move
  // (synthesizeMouseAtPoint: NS_ERROR_FAILURE, 153) or drops the click (140). Then nothing reached
  // the element, so the click is tried again, at the element's position measured again, until the
  // element has had one trusted click.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const { x, y } = await target.evaluate((el) => {
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const box = el.getBoundingClientRect();
        return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
      });
      await frameContext(realm).performActions([{ ...mouse, actions: [{ type: 'pointerMove', x, y }] }]);
      await frameContext(realm).performActions([
        {
          ...mouse,
          actions: [
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await until(
        realm,
        'the click to reach the element',
        (state: { clicks: number }) => state.clicks > 0,
        [seen] as unknown as [{ clicks: number }],
        2_000,
      );
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(POLL_MS);
    }
  }
}

/**
 * Types `text` into the element with real key presses. Puppeteer's type sends the keys to the
 * tab's top-level context, which Firefox 140 does not pass on into the (out-of-process) extension
 * frame that has focus; so in a frame the keys go to the frame's own browsing context.
 */
export async function typeInto(realm: Realm, target: ElementHandle, text: string): Promise<void> {
  if (!inFrame(realm)) return target.type(text);
  // Into the field as the agent gets there, with a click: a script's focus() moves the frame's own
  // focus only, and 140 then sends the keys elsewhere now and then.
  await mouseClick(realm, target);
  const actions = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  const before = await target.evaluate((el) => (el as HTMLInputElement).value);
  await frameContext(realm).performActions([{ type: 'key', id: 'careline-frame-keyboard', actions }]);
  // The keys arrived in this field, not elsewhere: what the agent would see before pressing a button.
  await until(
    realm,
    `"${text}" typed into the focused field`,
    (expected) => (document.activeElement as HTMLInputElement | null)?.value === expected,
    [before + text],
  ).catch(async (error: Error) => {
    const focused = await realm.evaluate(
      () =>
        `${document.activeElement?.outerHTML.slice(0, 80)} holding ${JSON.stringify((document.activeElement as HTMLInputElement | null)?.value)}`,
    );
    throw new Error(`${error.message}; focused: ${focused}`);
  });
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
    await sleep(200);
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
    await sleep(200);
  }
  const seen = await Promise.all(
    (await browser.pages()).map((tab) => tab.evaluate(() => location.href).catch(() => '?')),
  );
  throw new Error(`no tab opened at ${prefix}… (tabs: ${seen.join(', ')})`);
}

/**
 * Options → Handoff as a team lead fills it in, reached through the panel's settings button: the
 * delivery method, text fields by their label, then the section's own Save (the You section has one
 * too). Firefox's permission prompt for the webhook's origin is answered by the profile (see
 * scripts/firefox.ts), as the team lead's "Allow" would be.
 */
export async function saveHandoffSettings(
  browser: Browser,
  panel: Frame,
  method: 'webhook' | 'crm',
  fields: Record<string, string>,
): Promise<void> {
  await click(panel, 'button', 'Careline settings');
  const settings = await extensionTab(browser, 'options.html');
  await settings.bringToFront();
  await (await element(settings, `input[type="radio"][value="${method}"]`)).click();
  for (const [label, value] of Object.entries(fields)) {
    const field = await untilElement(
      settings,
      `the field labelled "${label}"`,
      (text) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control,
      [label],
    );
    await field.type(value);
  }
  // The Handoff section is the one holding the delivery radios.
  const save = await untilElement(
    settings,
    'the Handoff section\'s "Save"',
    () =>
      [
        ...(document.querySelector('input[name$="-method"]')?.closest('section')?.querySelectorAll('button') ?? []),
      ].find((b) => b.textContent?.trim() === 'Save'),
    [],
  );
  await save.click();
  await until(
    settings,
    'the Handoff section\'s "Saved"',
    () =>
      [
        ...(document.querySelector('input[name$="-method"]')?.closest('section')?.querySelectorAll('[role="status"]') ??
          []),
      ].some((status) => status.textContent?.startsWith('Saved')),
    [],
  );
}

/** The panel's "Hand off" dialog, sent with the first of the team's reasons; returns that reason's value. */
export async function sendHandoff(panel: Frame): Promise<string> {
  await click(panel, 'button', 'Hand off to call center');
  // The list starts on "Choose a reason".
  const reason = await until(
    panel,
    'a reason to choose',
    () => document.querySelector<HTMLSelectElement>('dialog select')?.options[1]?.value,
    [],
  );
  await panel.select('dialog select', reason);
  await click(panel, 'dialog button', 'Send handoff');
  return reason;
}

export const composerText = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __xapp: { getComposerText(id?: string): string } }).__xapp.getComposerText(
      'tweetTextarea_0',
    ),
  );
