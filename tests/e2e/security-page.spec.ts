/**
 * What x.com's own scripts can get from Careline: nothing. Every probe runs in the page's main world
 * (`page.evaluate`), exactly as X's JS or a script X loads would, while the panel beside it shows a
 * customer with distinctive CRM values.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { seedCustomers, seedEvents, seedTemplates } from './seed';
import { shortcutOptions } from './shortcut-list';

const JIHOON = '/jihoon_park/status/1991000000000000103';

/** Values that exist only in Careline's IndexedDB: none of them may ever reach x.com's page. */
const SECRET = {
  customerId: 'CRM-SEC-7F3A91',
  phone: '010-5550-7731',
  email: 'jihoon.vault@example.net',
  plan: 'PLAN-ZETA-UNLIMITED',
  note: 'CRMNOTE safe-deposit 4471',
  attribute: 'ACCT-99-123456',
  agentNote: 'AGENTNOTE callback after 6pm',
};
const SECRETS = Object.values(SECRET);

const jihoon = {
  handle: 'jihoon_park',
  displayHandle: 'jihoon_park',
  name: '박지훈',
  customerId: SECRET.customerId,
  phone: SECRET.phone,
  phoneDigits: '01055507731',
  email: SECRET.email,
  plan: SECRET.plan,
  note: SECRET.note,
  tags: ['vault'],
  attributes: { 계좌: SECRET.attribute },
};

/** Seeds the customer (and an agent note) and opens their tweet; returns once the panel shows the CRM values. */
async function openJihoon(
  openX: (path: string) => Promise<Page>,
  context: BrowserContext,
  extensionId: string,
): Promise<Page> {
  await seedCustomers(context, extensionId, [jihoon]);
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'jihoon_park',
      kind: 'note',
      at: '2026-11-28T09:00:00.000Z',
      text: SECRET.agentNote,
      agent: 'Jae',
    },
  ]);
  const page = await openX(JIHOON);
  const card = (await panelOf(page)).getByRole('region', { name: 'Customer' });
  await expect(card.getByText(SECRET.customerId)).toBeVisible();
  await expect(card.getByText(SECRET.note)).toBeVisible();
  await expect(card.getByRole('list', { name: 'Notes' })).toContainText(SECRET.agentNote);
  return page;
}

test("x.com's scripts cannot read the panel frame, find the customer in the page, or reach Careline's storage", async ({
  openX,
  context,
  extensionId,
}) => {
  const page = await openJihoon(openX, context, extensionId);

  // The frame sits in a closed shadow root: no selector and no window.frames reaches it.
  const reach = await page.evaluate(() => ({
    bySelector: document.querySelector('iframe[title="Careline"]') !== null,
    hostRoot: document.querySelector('careline-panel')?.shadowRoot ?? null,
    frames: window.frames.length,
  }));
  expect(reach.bySelector).toBe(false);
  expect(reach.hostRoot).toBeNull();
  expect(reach.frames).toBe(0);

  // And were the page to get hold of the frame element anyway: another origin, so null or a
  // SecurityError at every door.
  const element = await (await panelOf(page)).frameElement();
  const frame = await element.evaluate((iframe: HTMLIFrameElement) => {
    const attempt = (read: () => unknown): string => {
      try {
        const value = read();
        return value === null || value === undefined ? 'null' : 'READABLE';
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      contentDocument: attempt(() => iframe.contentDocument),
      windowDocument: attempt(() => iframe.contentWindow?.document),
      location: attempt(() => iframe.contentWindow?.location.href),
      localStorage: attempt(() => (iframe.contentWindow as unknown as { localStorage?: Storage })?.localStorage),
    };
  });
  expect(frame.contentDocument).toBe('null');
  expect(frame.windowDocument).toBe('SecurityError');
  expect(frame.location).toBe('SecurityError');
  expect(frame.localStorage).toBe('SecurityError');

  // x.com's DOM, with every open shadow root (the page button lives in one) and every form value.
  const dom = await page.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return parts.join('\n');
  });
  // The walk reaches what the content script adds (the panel's host, the button in its open shadow
  // root), but not the frame inside the host's closed shadow root ...
  expect(dom).toContain('<careline-panel');
  expect(dom).not.toContain('title="Careline"');
  expect(dom).toMatch(/Close Careline/);
  // ... and the customer's record is nowhere in it (what X itself shows, handle and name, of course is).
  for (const secret of SECRETS) expect(dom, `x.com's DOM holds "${secret}"`).not.toContain(secret);

  // Storage of x.com's origin: Careline keeps nothing there; its IndexedDB is the extension's own.
  const storage = await page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    // Opening "careline" from x.com makes a new, empty database of x.com's origin: not Careline's.
    const stores = await new Promise<string[] | string>((resolve) => {
      const open = indexedDB.open('careline');
      open.onsuccess = () => {
        const names = Array.from(open.result.objectStoreNames);
        open.result.close();
        indexedDB.deleteDatabase('careline');
        resolve(names);
      };
      open.onerror = () => resolve(`error: ${open.error?.name}`);
    });
    const dump = (s: Storage) => JSON.stringify(Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)])));
    return {
      databases,
      stores,
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookie: document.cookie,
      caches: await caches.keys(),
    };
  });
  expect(storage.databases).not.toContain('careline');
  expect(storage.stores).toEqual([]);
  for (const kept of [storage.local, storage.session, storage.cookie, storage.caches.join(' ')]) {
    expect(kept).not.toMatch(/careline/i);
    for (const secret of SECRETS) expect(kept).not.toContain(secret);
  }

  // The extension's messaging: no chrome.runtime in the page (no externally_connectable), and even a
  // forged call naming Careline's id gets no answer; its non-web-accessible files cannot be fetched.
  const runtime = await page.evaluate(async (id) => {
    const chromeApi = (
      window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }
    ).chrome;
    let message = 'no chrome.runtime';
    if (chromeApi?.runtime?.sendMessage) {
      try {
        message = `answered ${JSON.stringify(await chromeApi.runtime.sendMessage(id, { type: 'careline:shortcut-suggest', prefix: '' }))}`;
      } catch (error) {
        message = `refused: ${(error as Error).message}`;
      }
    }
    const fetchOf = (file: string) =>
      fetch(`chrome-extension://${id}/${file}`).then(
        (r) => `status ${r.status}`,
        (error: Error) => `blocked: ${error.name}`,
      );
    return { message, manifest: await fetchOf('manifest.json'), background: await fetchOf('background.js') };
  }, extensionId);
  expect(runtime.message).not.toMatch(/^answered/);
  expect(runtime.manifest).toMatch(/^blocked/);
  expect(runtime.background).toMatch(/^blocked/);
});

test("listening to window messages on x.com through a whole insert and send sees nothing of Careline's", async ({
  openX,
  context,
  extensionId,
}) => {
  // From the page's first script on, as X's own code could.
  await context.addInitScript(() => {
    if (location.hostname !== 'x.com') return;
    const seen: { origin: string; fromPanel: boolean; data: string }[] = [];
    (window as unknown as { __seenMessages: typeof seen }).__seenMessages = seen;
    window.addEventListener(
      'message',
      (event) => {
        let data: string;
        try {
          data = JSON.stringify(event.data) ?? String(event.data);
        } catch {
          data = String(event.data); // not JSON-able: its string form is all the page could log anyway
        }
        // The panel's frame is out of the page's reach (closed shadow root): any window but x.com's own counts.
        seen.push({ origin: event.origin, fromPanel: event.source !== null && event.source !== window, data });
      },
      true,
    );
  });
  await seedTemplates(context, extensionId, [
    {
      id: 'sec-plan',
      title: 'Plan confirmed',
      lang: 'en',
      body: 'Hi {{customer.name}}, your plan {{customer.plan}} is active again.',
    },
  ]);
  const page = await openJihoon(openX, context, extensionId);
  const panel = await panelOf(page);
  await panel.getByRole('searchbox', { name: 'Search templates' }).fill('Plan confirmed');
  await panel.getByRole('option', { name: 'Plan confirmed' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  // A CRM field in a public reply: the agent confirms it, in the panel (the page sees none of this).
  const confirm = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(confirm.getByRole('listitem')).toHaveText([`Plan: ${SECRET.plan}`]);
  await confirm.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe(`Hi 박지훈, your plan ${SECRET.plan} is active again.`);
  await page.getByTestId('tweetButtonInline').click();
  const history = panel.getByRole('region', { name: 'Customer' }).getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Reply sent');

  const seen = await page.evaluate(
    () =>
      (window as unknown as { __seenMessages: { origin: string; fromPanel: boolean; data: string }[] }).__seenMessages,
  );
  for (const message of seen) {
    const where = `message seen by x.com: ${JSON.stringify(message)}`;
    expect(message.fromPanel, where).toBe(false);
    expect(message.origin, where).not.toMatch(/^chrome-extension:/);
    expect(message.data, where).not.toContain(extensionId);
    expect(message.data, where).not.toMatch(/careline|wxt/i);
    for (const secret of SECRETS) expect(message.data, where).not.toContain(secret);
  }
});

test("forged postMessages in Careline's shapes change nothing: no insert, same customer, the real link still works", async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [
    { id: 'sec-ok', title: 'Real insert', lang: 'en', body: 'Real reply for {{customer.name}}.' },
  ]);
  const page = await openJihoon(openX, context, extensionId);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });

  await page.evaluate(async (id) => {
    const evil = { handle: 'evil_handle', name: 'Evil Person' };
    const state = {
      context: {
        kind: 'reply',
        customer: evil,
        composer: 'draft',
        tweet: { url: 'https://x.com/evil_handle/status/1', statusId: '1', text: 'pwned', lang: 'en' },
      },
      theme: 'dark',
    };
    const shapes: unknown[] = [
      { type: 'careline:toggle' },
      { kind: 'state', state },
      { type: 'insert', text: 'pwned', mode: 'insert' },
      { id: 1, request: { type: 'insert', text: 'pwned', mode: 'replace' } },
      { id: 2, request: { type: 'close-panel' } },
      { type: 'close-panel' },
      { kind: 'open-template', id: 'sec-ok' },
      { kind: 'response', id: 1, response: { ok: true } },
      { type: 'careline:shortcut-render', id: 'sec-ok', customer: evil },
      { type: `${id}:x:wxt:content-script-started`, contentScriptName: 'x', messageId: 'forged' },
      'careline:toggle',
      JSON.stringify({ type: 'insert', text: 'pwned' }),
    ];
    // Every child window the page can reach (Careline's frame is not among them: closed shadow root).
    const children = Array.from({ length: window.frames.length }, (_, i) => window.frames[i]);
    const extensionOrigin = `chrome-extension://${id}`;
    for (const data of shapes) {
      window.postMessage(data, '*');
      window.top?.postMessage(data, '*');
      for (const child of children) {
        child?.postMessage(data, '*');
        child?.postMessage(data, extensionOrigin);
      }
      // A MessageEvent dressed up as coming from the panel, dispatched straight at x.com's window.
      window.dispatchEvent(new MessageEvent('message', { data, origin: extensionOrigin, source: children[0] ?? null }));
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
  }, extensionId);

  expect(await composerState(page)).toBe('');
  await expect(page.locator('careline-panel')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close Careline' })).toBeVisible();
  await expect(card.getByText('@jihoon_park', { exact: true })).toBeVisible();
  await expect(card.getByText(SECRET.customerId)).toBeVisible();
  await expect(card.getByText('evil_handle')).toHaveCount(0);
  await expect(panel.getByRole('dialog', { name: 'Fill in' })).toHaveCount(0);

  // The real link (the tabs port) is untouched.
  await panel.getByRole('option', { name: 'Real insert' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect.poll(() => composerState(page)).toBe('Real reply for 박지훈.');
});

test("a page script cannot type a ;shortcut and press Tab itself to pull CRM values into X's composer", async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [
    { id: 'sec-id', title: 'Customer number', shortcut: 'secid', lang: 'en', body: 'Your number is {{customer.id}}.' },
  ]);
  const page = await openJihoon(openX, context, extensionId);

  // The page pastes `;secid` into its own composer the way Careline does, fires input, then Tab and Enter.
  const forged = await page.evaluate(async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]');
    if (!editor) return { popup: 'no editor' };
    editor.focus();
    const data = new DataTransfer();
    data.setData('text/plain', ';secid');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await pause(200);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'd' }));
    await pause(400);
    const popup = document.querySelector('careline-shortcuts')?.shadowRoot?.textContent ?? '';
    for (const key of ['Tab', 'Enter']) {
      editor.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
      await pause(400);
    }
    return { popup };
  });
  expect(forged.popup).toBe('');
  expect(await composerState(page)).toBe(';secid');

  // The agent's own typing still works, and a page-made click on the list does nothing.
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ;secid');
  await expect.poll(() => shortcutOptions(page)).toEqual(['Customer number · opens in the panel;secid']);
  await page.evaluate(() =>
    document.querySelector('careline-shortcuts')?.shadowRoot?.querySelector<HTMLElement>('li[role="option"]')?.click(),
  );
  await page.waitForTimeout(400);
  expect(await composerState(page)).toBe(';secid ;secid');
  // The template uses the customer's record: Tab opens it in the panel (never rendered in the page),
  // and the agent's Insert there replaces the token.
  await page.keyboard.press('Tab');
  const panel = await panelOf(page);
  await expect(panel.getByRole('option', { name: 'Customer number' })).toHaveAttribute('aria-selected', 'true');
  expect(await composerState(page)).toBe(';secid ;secid');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(confirm.getByRole('listitem')).toHaveText([`Customer ID: ${SECRET.customerId}`]);
  await confirm.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe(`;secid Your number is ${SECRET.customerId}.`);
});
