/**
 * Hostile text in templates and customer records (markup, script, bidi overrides, zero-width
 * characters) is shown and inserted as text, never run; and Careline's extension pages run no remote
 * code (manifest CSP, built HTML, and a live attempt).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { EXTENSION_DIR } from '../../scripts/chromium';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedCustomers, seedTemplates } from './seed';
import { shortcutList, shortcutOptions } from './shortcut-list';

const TOM = '/tom_okafor/status/1991000000000000104';

const SCRIPT = '<script>alert(1)</script>';
/** Each field gets its own payload, so every getByText below finds exactly one element. */
const img = (tag: string) => `<img src=x onerror="window.__pwned='${tag}'">`;
const RLO = '\u202E';
const PDF = '\u202C';
const ZWSP = '\u200B';
const ZWJ = '\u200D';

const TITLE = `${img('title')} Sec ${RLO}eltit${PDF}`;
/** The CRM's name (crmName): on a status page {{customer.name}} is the name X shows. */
const BODY = `${SCRIPT} Hi {{customer.crmName}}, plan {{customer.plan}}. ${RLO}exe.txt${PDF} z${ZWSP}w${ZWJ}j ${img('body')}`;
const customer = {
  handle: 'tom_okafor',
  displayHandle: 'tom_okafor',
  name: `${SCRIPT}Tom`,
  customerId: img('id'),
  plan: `${RLO}nalp-atez${PDF}`,
  phone: `010${ZWSP}4444${ZWJ}5555`,
  phoneDigits: '01044445555',
  note: `${img('note')} note${ZWSP}`,
  tags: [`<b onmouseover="window.__pwned='tag'">tag</b>`],
  attributes: { '<i>field</i>': img('attribute') },
};
/** BODY as the panel renders it for Tom: his record's values, character for character. */
const RENDERED = `${SCRIPT} Hi ${customer.name}, plan ${customer.plan}. ${RLO}exe.txt${PDF} z${ZWSP}w${ZWJ}j ${img('body')}`;

async function seedHostile(context: BrowserContext, extensionId: string): Promise<void> {
  await seedTemplates(context, extensionId, [{ id: 'sec-xss', title: TITLE, shortcut: 'xss', lang: 'en', body: BODY }]);
  await seedCustomers(context, extensionId, [customer]);
}

/** Alerts, confirms and prompts from any page or frame of the context. */
function watchDialogs(context: BrowserContext): string[] {
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** In a page or frame: no element made from the payloads, no inline script, nothing ran. */
async function nothingRan(target: Page | Frame): Promise<{ imgs: number; inlineScripts: number; pwned: unknown }> {
  // An image error fires after a failed load: give any such image time to fail first.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return target.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return {
      imgs:
        all.filter((el) => el.localName === 'img' && (el.hasAttribute('onerror') || el.getAttribute('src') === 'x'))
          .length + all.filter((el) => el.hasAttribute('onmouseover')).length,
      inlineScripts: all.filter((el) => el.localName === 'script' && !(el as HTMLScriptElement).src).length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
  });
}
const CLEAN = { imgs: 0, inlineScripts: 0, pwned: undefined };

const openOptionsPage = optionsPageOpener();

test('hostile template and customer text is shown literally in the panel and reaches X as the same characters', async ({
  openX,
  context,
  extensionId,
}) => {
  const dialogs = watchDialogs(context);
  await seedHostile(context, extensionId);
  const page = await openX(TOM);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: 'Customer' });
  await expect(card.getByText(customer.name, { exact: true })).toBeVisible();
  for (const value of [
    customer.customerId,
    customer.plan,
    customer.phone,
    customer.note,
    customer.attributes['<i>field</i>'],
    '<i>field</i>',
  ]) {
    await expect(card.getByText(value, { exact: true })).toBeVisible();
  }
  await expect(card.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([`${customer.tags[0]}×`]);

  const option = panel.getByRole('option', { name: TITLE, exact: true });
  await option.click();
  await expect(option).toContainText(TITLE);
  await expect(panel.getByText(RENDERED, { exact: true })).toBeVisible();

  const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/panel.html`));
  expect(frame, 'the panel frame').toBeDefined();
  expect(await nothingRan(frame as Frame)).toEqual(CLEAN);

  // Into X: the Draft EditorState holds exactly the characters, bidi and zero-width ones included.
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  // A public reply with CRM fields asks first: the dialog shows the values as text too.
  const confirm = panel.getByRole('alertdialog', { name: 'Public reply with customer data' });
  await expect(confirm.getByRole('listitem')).toHaveText([
    `Name in the CRM: ${customer.name}`,
    `Plan: ${customer.plan}`,
  ]);
  expect(await nothingRan(frame as Frame)).toEqual(CLEAN);
  await confirm.getByRole('button', { name: 'Insert in public reply' }).click();
  await expect.poll(() => composerState(page)).toBe(RENDERED);
  // ... and stays so: a failed arrival check would have the next strategy insert it a second time.
  await page.waitForTimeout(600);
  expect(await composerState(page)).toBe(RENDERED);
  const invisible = [RLO, PDF, ZWSP, ZWJ];
  expect([...(await composerState(page))].filter((c) => invisible.includes(c))).toEqual([
    RLO,
    PDF,
    RLO,
    PDF,
    ZWSP,
    ZWJ,
  ]);

  // The `;shortcut` list Careline shows inside x.com's page: the title as text too.
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ;xs');
  await expect.poll(() => shortcutOptions(page)).toEqual([`${TITLE} · opens in the panel;xss`]); // it uses the plan
  expect(await composerState(page)).toBe(`${RENDERED} ;xs`);
  expect(await nothingRan(page)).toEqual(CLEAN);
  await page.keyboard.press('Escape');
  await expect.poll(() => shortcutList(page)).toBeNull();

  expect(await nothingRan(frame as Frame)).toEqual(CLEAN);
  expect(dialogs).toEqual([]);
});

test('the options page shows hostile templates and customers as text: library, editor preview, customer look-up', async ({
  context,
  extensionId,
}) => {
  const dialogs = watchDialogs(context);
  await seedHostile(context, extensionId);
  const page = await openOptionsPage(context, extensionId);

  const templates = page.getByRole('region', { name: 'Templates', exact: true });
  const title = templates
    .getByRole('table', { name: 'Template library' })
    .getByRole('button', { name: TITLE, exact: true });
  await expect(title).toHaveText(TITLE);
  await title.click();
  const editor = templates.getByRole('region', { name: /^(Edit template|Team template)/ });
  await expect(editor.getByLabel('Title')).toHaveValue(TITLE);
  await expect(editor.getByLabel('Body', { exact: true })).toHaveValue(BODY);
  // The preview fills in the sample customer; everything else stays literal.
  const preview = editor.getByLabel('Preview text');
  await expect(preview).toContainText(SCRIPT);
  await expect(preview).toContainText(`${RLO}exe.txt${PDF} z${ZWSP}w${ZWJ}j ${img('body')}`);

  const customers = page.getByRole('region', { name: 'Customers', exact: true });
  await customers.getByLabel('Search customers').fill('tom_okafor');
  const row = customers.getByRole('table', { name: 'Customers' }).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([
    '@tom_okafor',
    customer.name,
    customer.customerId,
    customer.phone,
    customer.plan,
    customer.tags[0] ?? '',
    `<i>field</i>: ${customer.attributes['<i>field</i>']}`,
  ]);

  expect(await nothingRan(page)).toEqual(CLEAN);
  expect(dialogs).toEqual([]);
});

/** Chrome's CSP for MV3 extension pages when the manifest sets none. */
const MV3_DEFAULT_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
const SAFE_SCRIPT_SOURCES = new Set(["'self'", "'wasm-unsafe-eval'", "'none'"]);

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

test('the built extension allows no remote code: manifest CSP, HTML pages and bundles', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    manifest_version: number;
    content_security_policy?: { extension_pages?: string; sandbox?: string };
    externally_connectable?: unknown;
    web_accessible_resources?: { resources: string[]; matches: string[] }[];
  };
  expect(manifest.manifest_version).toBe(3);
  const csp = directives(manifest.content_security_policy?.extension_pages ?? MV3_DEFAULT_CSP);
  for (const name of ['script-src', 'script-src-elem', 'default-src', 'worker-src']) {
    for (const source of csp.get(name) ?? []) expect(SAFE_SCRIPT_SOURCES, `${name} ${source}`).toContain(source);
  }
  expect(csp.has('script-src') || csp.has('default-src')).toBe(true);
  expect(manifest.content_security_policy?.sandbox, 'no sandboxed pages').toBeUndefined();
  // No web page may message the extension; only the panel is framable, and only by X's hosts.
  expect(manifest.externally_connectable).toBeUndefined();
  for (const entry of manifest.web_accessible_resources ?? []) {
    expect(
      entry.matches.every((m) => m === 'https://x.com/*' || m === 'https://twitter.com/*'),
      JSON.stringify(entry),
    ).toBe(true);
    expect(
      entry.resources.every((r) => r.endsWith('.html')),
      JSON.stringify(entry),
    ).toBe(true);
  }

  const pages = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'));
  expect(pages.sort()).toEqual(expect.arrayContaining(['options.html', 'panel.html']));
  for (const file of pages) {
    const html = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, `${file} loads its bundle`).toBeGreaterThan(0);
    for (const [, attributes = '', inline = ''] of scripts) {
      const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
      expect(src, `${file}: inline <script>`).toBeDefined();
      expect(inline.trim(), `${file}: inline script text`).toBe('');
      expect(src, `${file}: ${src}`).toMatch(/^(\/|\.\/|\.\.\/)?(?!\/)[\w./-]+\.js$/);
    }
    for (const [, href] of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)) {
      expect(href, `${file}: ${href}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
    }
  }

  // No bundle fetches code from the network.
  const bundles = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(bundles.length).toBeGreaterThan(0);
  for (const file of bundles) {
    const code = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
    expect(code, file).not.toMatch(/\b(?:import|importScripts)\s*\(\s*["'`](?:https?:)?\/\//);
  }
});

/** In an extension page: a remote <script>, an inline one and eval, each refused by the CSP. */
async function remoteCodeAttempt(target: Page | Frame) {
  return target.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    const w = window as unknown as { __remoteRan?: boolean; __inlineRan?: boolean };
    const remote = document.createElement('script');
    remote.src = 'https://example.com/x.js';
    const outcome = new Promise<string>((resolve) => {
      remote.onload = () => resolve('loaded');
      remote.onerror = () => resolve('error');
    });
    document.head.append(remote);
    const loaded = await outcome;
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    let evaluated = 'ran';
    try {
      (0, eval)('1 + 1');
    } catch (error) {
      evaluated = (error as Error).name;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { loaded, violations, remoteRan: w.__remoteRan ?? false, inlineRan: w.__inlineRan ?? false, evaluated };
  });
}

test('from the options page and the panel frame, a remote <script>, inline script and eval are blocked by the CSP', async ({
  openX,
  context,
  extensionId,
}) => {
  // Were the CSP to let it through, this script would run: the closed network is not what stops it.
  await context.route('https://example.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__remoteRan = true;' }),
  );
  const options = await openOptionsPage(context, extensionId);
  await expect(options.getByRole('region', { name: 'Templates', exact: true })).toBeVisible();
  const page = await openX(TOM);
  await expect((await panelOf(page)).getByRole('heading', { name: 'Customer' })).toBeVisible();
  const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/panel.html`));
  expect(frame, 'the panel frame').toBeDefined();

  for (const target of [options, frame as Frame]) {
    const result = await remoteCodeAttempt(target);
    expect(result.loaded).toBe('error');
    expect(result.remoteRan).toBe(false);
    expect(result.inlineRan).toBe(false);
    expect(result.evaluated).toBe('EvalError');
    expect(result.violations).toContainEqual(
      expect.stringMatching(/^script-src(-elem)? https:\/\/example\.com\/x\.js$/),
    );
    expect(result.violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline$/));
  }
});
