/**
 * Careline by keyboard only. Panel: Tab reaches everything in reading order (customer search, the
 * customer's actions, handoff, notes, history, then the templates), the focus ring is visible (2px,
 * 3:1 against what is behind it, light and dark), Esc closes Fill in / Hand off / Keyboard shortcuts
 * and gives the focus back to the opener, the template list works with arrows + Enter, and "?" opens
 * the shortcut help. Options page: every control is reached by Tab and has a name, and the template
 * editor and the erase confirmation work without a mouse.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { composerState, expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { seedCustomers, seedEvents, seedTemplates } from './seed';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';

const MINJI = '/minji_kim/status/1991000000000000101';
const ETA = {
  id: 'eta',
  title: '처리 예정 시간 안내',
  shortcut: 'eta',
  lang: 'ko',
  body: '{{customer.name | "고객"}}님, {{input:예상 시간}} 안에 처리해 드리겠습니다.',
  variants: { en: 'Hi {{customer.name | "there"}}, we\'ll have this fixed within {{input:예상 시간}}.' },
};

const openOptionsPage = optionsPageOpener();

/** Role and accessible name of the focused element, from Playwright's ARIA snapshot: `button "Insert"`. */
async function focused(scope: Page | Frame): Promise<string> {
  const snapshot = await scope.locator(':focus').ariaSnapshot({ timeout: 2_000 });
  const match = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot);
  return match ? `${match[1]} "${match[2] ?? ''}"` : snapshot;
}

/** Presses Tab until `last` has the focus; returns every stop on the way. */
async function tabUntil(page: Page, scope: Page | Frame, last: string, max = 60): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max && stops.at(-1) !== last; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(scope));
  }
  return stops;
}

/** WCAG relative luminance and contrast ratio of RGB bytes. */
const luminance = (rgb: number[]) =>
  [0.2126, 0.7152, 0.0722].reduce((sum, k, i) => {
    const v = (rgb[i] ?? 0) / 255;
    return sum + k * (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  }, 0);
const contrast = (a: number[], b: number[]) =>
  (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

/** The focused element's outline, and the opaque background it is drawn on (colours as RGB bytes). */
async function expectVisibleFocus(focusedElement: Locator, what: string): Promise<void> {
  const ring = await focusedElement.evaluate((el) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const rgba = (css: string) => {
      if (!ctx) return [0, 0, 0, 0];
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      return Array.from(ctx.getImageData(0, 0, 1, 1).data);
    };
    let background = [255, 255, 255];
    for (let n = el.parentElement; n; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor);
      if (c[3] === 255) {
        background = c.slice(0, 3);
        break;
      }
    }
    const style = getComputedStyle(el);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: rgba(style.outlineColor).slice(0, 3),
      background,
    };
  });
  expect(ring.style, `${what}: outline style`).toBe('solid');
  expect(ring.width, `${what}: outline width`).toBeGreaterThanOrEqual(2);
  expect(
    contrast(ring.color, ring.background),
    `${what}: ring ${ring.color} on ${ring.background}`,
  ).toBeGreaterThanOrEqual(3);
}

test('the panel: Tab order, visible focus in light and dark, and a name on every stop', async ({
  context,
  extensionId,
  openX,
}) => {
  await seedCustomers(context, extensionId, [
    { handle: 'minji_kim', name: '김민지', customerId: 'C-20931', tags: ['VIP'] },
  ]);
  await seedEvents(context, extensionId, [
    {
      customerHandle: 'minji_kim',
      kind: 'reply-sent',
      at: '2026-11-27T09:00:00.000Z',
      text: '확인 후 연락드리겠습니다.',
      tweetUrl: `https://x.com${MINJI}`,
    },
    { customerHandle: 'minji_kim', kind: 'note', at: '2026-11-28T09:00:00.000Z', text: '유심 재발급 안내함' },
  ]);
  for (const theme of ['light', 'dark']) {
    const page = await openX(`${MINJI}?theme=${theme}`);
    const panel = await panelOf(page);
    await expect(panel.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(1);
    await panel.getByRole('heading', { name: 'Careline' }).click();
    const stops = await tabUntil(page, panel, 'button "Save reply as template"');
    const expected = [
      'button "Careline settings"',
      'button "Keyboard shortcuts"',
      'button "Close panel"',
      'searchbox "Search customers"',
      'button "Remove tag VIP"',
      'textbox "New tag"',
      // The customer has a CRM ID: a wrong link can be undone.
      'button "Unlink from CRM record"',
      'button "Hand off to call center"',
      'textbox "Note"',
      'link "Post"',
      'searchbox "Search templates"',
      'listbox "Templates"',
      'button "Insert"',
      // The post's topic, under the reply work: one stop for the radio group (its checked radio, the
      // panel's guess), arrows inside.
      'radio "Activation"',
      'button "Save reply as template"',
    ];
    expect(stops, `Tab order (${theme})`).toEqual(expected);
    for (const name of ['Careline settings', 'Keyboard shortcuts', 'Hand off to call center']) {
      await panel.getByRole('button', { name }).focus();
      await expectVisibleFocus(panel.locator(':focus'), `${name} (${theme})`);
    }
    await panel.getByRole('listbox', { name: 'Templates' }).focus();
    await expectVisibleFocus(panel.locator(':focus'), `Templates list (${theme})`);
    await panel.getByRole('searchbox', { name: 'Search templates' }).focus();
    await expectVisibleFocus(panel.locator(':focus'), `Search templates (${theme})`);
    await page.close();
  }
});

test('Esc closes Fill in and Hand off and gives the focus back; the language switch is one stop with arrows', async ({
  context,
  extensionId,
  openX,
}) => {
  await seedTemplates(context, extensionId, [ETA]);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: ETA.title }).click();
  const insert = panel.getByRole('button', { name: 'Insert', exact: true });

  const languages = panel.getByRole('radiogroup', { name: 'Language' });
  await languages.getByRole('radio', { name: '한국어' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(languages.getByRole('radio', { name: 'English' })).toBeFocused();
  await expect(languages.getByRole('radio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Tab');
  await expect(insert).toBeFocused();

  await page.keyboard.press('Enter');
  const fillIn = panel.getByRole('dialog', { name: 'Fill in' });
  await expect(fillIn).toBeVisible();
  await expect(fillIn.getByRole('textbox', { name: '예상 시간' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(fillIn).toBeHidden();
  await expect(insert).toBeFocused();

  // Fill in by keyboard: type, Tab to Insert, Enter; the reply goes into X's composer.
  await page.keyboard.press('Enter');
  await page.keyboard.type('2시간');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(fillIn.getByRole('button', { name: 'Insert' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => composerState(page)).toContain("we'll have this fixed within 2시간");

  const handOff = panel.getByRole('button', { name: 'Hand off to call center' });
  await handOff.focus();
  await page.keyboard.press('Enter');
  const dialog = panel.getByRole('dialog', { name: 'Hand off' });
  await expect(dialog.getByRole('combobox', { name: 'Reason' })).toBeFocused();
  // Modal: Tab cycles inside the dialog (Reason, Priority, Note, Callback phone, Preview, then, since no
  // handoff is set up in this test, "Open handoff settings" in the notice above the buttons, Cancel, Send).
  await expect(dialog.getByRole('note').getByRole('button', { name: 'Open handoff settings' })).toBeVisible();
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Reason' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Send handoff' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(handOff).toBeFocused();
});

test('the template list: arrows, Home / End and Enter', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const list = panel.getByRole('listbox', { name: 'Templates' });
  const selected = list.getByRole('option', { selected: true });
  await expect(list.getByRole('option')).toHaveCount(SAMPLE_TEMPLATES.length);
  // The tweet's language orders the list (Korean replies first here): wait for the page's context.
  await expect(panel.getByRole('region', { name: 'Customer' }).getByText('@minji_kim', { exact: true })).toBeVisible();
  await expect(list.locator('[role="option"] .title').first()).toHaveAttribute('lang', 'ko');
  const titles = await list.locator('[role="option"] .title').allTextContents();
  await panel.getByRole('searchbox', { name: 'Search templates' }).focus();
  await page.keyboard.press('Tab');
  await expect(list).toBeFocused();
  await expect(selected).toHaveAccessibleName(titles[0] ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(selected).toHaveAccessibleName(titles[1] ?? '');
  await expect(list).toHaveAttribute('aria-activedescendant', (await selected.getAttribute('id')) ?? '');
  await page.keyboard.press('End');
  await expect(selected).toHaveAccessibleName(titles.at(-1) ?? '');
  await page.keyboard.press('Home');
  await expect(selected).toHaveAccessibleName(titles[0] ?? '');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(selected).toHaveAccessibleName(titles[1] ?? '');
  // The shortcut is the option's description, its title its name.
  await expect(selected).toHaveAccessibleDescription(/^Shortcut ;\w+$/);
  const body = (await panel.locator('.preview-text').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect.poll(() => composerState(page)).toBe(body);
});

test('"?" and the Keyboard shortcuts button open the shortcut help; Esc closes it', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const help = panel.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const handOff = panel.getByRole('button', { name: 'Hand off to call center' });
  await handOff.focus();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await expect(help.getByRole('term')).toHaveText([
    'Alt+Shift+K',
    ';shortcut then Tab',
    '/',
    '↑ / ↓',
    'Enter',
    'Esc',
    'Ctrl+Enter / Cmd+Enter',
    '?',
  ]);
  await expect(help).toContainText("Expand a template in X's reply box");
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(handOff).toBeFocused();

  // Typing "?" into a field is just typing.
  const search = panel.getByRole('searchbox', { name: 'Search templates' });
  await search.focus();
  await page.keyboard.press('?');
  await expect(search).toHaveValue('?');
  await expect(help).toBeHidden();

  const button = panel.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();
});

test('the options page: every control is reached by Tab and named, with a visible focus ring in light and dark', async ({
  context,
  extensionId,
}) => {
  const page = await openOptionsPage(context, extensionId);
  // The header row and one per sample.
  await expect(page.getByRole('table', { name: 'Template library' }).getByRole('row')).toHaveCount(
    SAMPLE_TEMPLATES.length + 1,
  );
  await expect(page.getByRole('region', { name: 'Handoff' }).getByRole('radio', { name: 'Webhook' })).toBeChecked();
  // Every control a keyboard should reach: enabled, shown, one stop per radio group.
  const expected = await page.evaluate(() => {
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    ];
    const radios = new Set<string>();
    const stops = all.filter((el) => {
      if (el.matches(':disabled, [tabindex="-1"]') || !el.checkVisibility()) return false;
      if (!(el instanceof HTMLInputElement && el.type === 'radio')) return true;
      return !radios.has(el.name) && Boolean(radios.add(el.name));
    });
    stops.forEach((el, i) => (el.dataset.kbStop = String(i)));
    return stops.length;
  });
  await page.getByRole('heading', { level: 1 }).click();
  const names: string[] = [];
  const reached = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbStop ?? null);
    if (!stop || reached.has(stop)) break;
    reached.add(stop);
    names.push(await focused(page));
  }
  expect(reached.size, `stops: ${names.join(', ')}`).toBe(expected);
  const unnamed = names.filter((n) => /""$/.test(n) || !/"/.test(n));
  expect(unnamed, 'controls without an accessible name').toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const control of [
      page.getByRole('button', { name: 'New template' }),
      page.getByRole('textbox', { name: 'Agent name' }),
      page.getByRole('radio', { name: 'Webhook' }),
    ]) {
      await control.focus();
      await expectVisibleFocus(page.locator(':focus'), `${await focused(page)} (${colorScheme})`);
    }
  }
});

test('the options page: the template editor and the erase confirmation by keyboard', async ({
  context,
  extensionId,
}) => {
  await seedCustomers(context, extensionId, [{ handle: 'minji_kim', name: '김민지' }]);
  const page = await openOptionsPage(context, extensionId);
  const templates = page.getByRole('region', { name: 'Templates', exact: true });
  const newButton = templates.getByRole('button', { name: 'New template' });
  await newButton.focus();
  await page.keyboard.press('Enter');
  const editor = templates.getByRole('region', { name: 'New template' });
  await expect(editor.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('키보드 안내');
  await page.keyboard.press('Tab');
  await page.keyboard.type('kbd');
  const body = editor.getByRole('textbox', { name: 'Body', exact: true });
  for (let i = 0; i < 6 && !(await body.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(body).toBeFocused();
  await page.keyboard.type('{{customer.name}}님, 확인했습니다.');
  const save = editor.getByRole('button', { name: 'Save template', exact: true });
  for (let i = 0; i < 10 && !(await save.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(templates.getByRole('status', { name: 'Template library status' })).toHaveText('Saved.');
  await expect(templates.getByRole('heading', { name: 'Edit template' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(templates.getByRole('button', { name: 'Close editor' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(templates.getByRole('region', { name: 'Edit template' })).toHaveCount(0);
  await expect(newButton).toBeFocused();

  // Opening a template from the table puts the focus into the editor; closing returns to the row.
  const rowButton = templates
    .getByRole('table', { name: 'Template library' })
    .getByRole('button', { name: '키보드 안내' });
  await rowButton.focus();
  await page.keyboard.press('Enter');
  await expect(
    templates.getByRole('region', { name: 'Edit template' }).getByRole('textbox', { name: 'Title' }),
  ).toBeFocused();
  await templates.getByRole('button', { name: 'Close editor' }).focus();
  await page.keyboard.press('Enter');
  await expect(rowButton).toBeFocused();

  const data = page.getByRole('region', { name: 'Data' });
  const handle = data.getByRole('textbox', { name: 'Customer handle' });
  await handle.focus();
  await page.keyboard.type('@minji_kim');
  await page.keyboard.press('Enter');
  const confirm = data.getByRole('group', { name: 'Confirm erase' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Erase' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(handle).toBeFocused();
});
