/**
 * A team pack (imported, or from a compromised subscription URL) whose body would make a
 * backtracking placeholder regex take minutes. The panel and the options page stay responsive with
 * it, and a body over the length cap is refused with its message, in a pack and in the editor.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, panelOf, test } from './fixtures';
import { optionsPageOpener } from './options-page';
import { SAMPLE_TEMPLATES } from '../../utils/templates/samples';

const MINJI = '/minji_kim/status/1991000000000000101';
/** The sample replies seeded on install. */
const SAMPLES = SAMPLE_TEMPLATES.length;
/** The body: `{{` and 4,000 spaces (about 40 s in the old renderTemplate). */
const HOSTILE = `{{${' '.repeat(4000)}x`;

const openOptionsPage = optionsPageOpener();
const section = (page: Page) => page.getByRole('region', { name: 'Templates', exact: true });
const packsSection = (page: Page) => page.getByRole('region', { name: 'Team packs' });
const library = (page: Page) => section(page).getByRole('table', { name: 'Template library' });
const rows = (page: Page) =>
  library(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button') });
const editor = (page: Page) =>
  section(page).getByRole('region', { name: /^(New template|Edit template|Team template)/ });

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openOptionsPage(context, extensionId);
  await expect(rows(page)).toHaveCount(SAMPLES);
  return page;
}

function packFile(templates: Array<Record<string, unknown>>, id = 'hostile') {
  const text = JSON.stringify({
    format: 'careline-templates',
    version: 1,
    pack: { id, name: 'Team replies' },
    templates,
  });
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
}

test('a pack with the hostile 4 KB body does not freeze the panel or the options page', async ({
  context,
  extensionId,
  openX,
}) => {
  const page = await openOptions(context, extensionId);
  const packs = packsSection(page);
  await packs.getByLabel('Import templates').setInputFiles(
    packFile([
      { id: 'freeze', title: 'Freeze test reply', body: HOSTILE },
      { id: 'normal', title: 'Normal test reply', body: 'Hello {{customer.name}}' },
    ]),
  );
  await expect(packs.getByRole('status')).toHaveText('Imported 2 templates');

  // The options page: opening the template renders its preview; the page must answer right after.
  await rows(page).getByRole('button', { name: 'Freeze test reply' }).click();
  await expect(editor(page).getByRole('heading', { name: 'Team template (read-only)' })).toBeVisible();
  await expect(editor(page).getByLabel('Body', { exact: true })).toHaveValue(HOSTILE);
  await section(page).getByRole('searchbox').fill('Normal test');
  await expect(rows(page)).toHaveCount(1);

  // The panel: select the hostile template (its preview is rendered), then keep searching.
  const panel = await panelOf(await openX(MINJI));
  const search = panel.getByRole('searchbox', { name: 'Search templates' });
  await search.fill('Freeze test');
  const list = panel.getByRole('listbox', { name: 'Templates' });
  await expect(list.getByRole('option', { name: 'Freeze test reply' })).toHaveAttribute('aria-selected', 'true');
  await search.fill('Normal test');
  await expect(list.getByRole('option')).toHaveText(['Normal test reply']);
  await search.fill('Freeze');
  await expect(list.getByRole('option')).toHaveText(['Freeze test reply']);
});

test('a body, title or variant over its cap is refused with its message: pack import and the editor', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  const packs = packsSection(page);
  await packs.getByLabel('Import templates').setInputFiles(
    packFile(
      [
        { id: 'ok', title: 'Fine', body: 'Hello' },
        { id: 'big', title: 'Too big', body: `{{${' '.repeat(10_000)}` },
      ],
      'over-cap',
    ),
  );
  await expect(packs.getByRole('alert')).toContainText('over-cap.json');
  await expect(packs.getByRole('alert')).toContainText('templates[1].body: too long: 10002 characters, at most 10000');
  await expect(rows(page)).toHaveCount(SAMPLES);
  await expect(packs.getByText('No team pack yet')).toBeVisible();

  await section(page).getByRole('button', { name: 'New template' }).click();
  const form = editor(page);
  await form.getByLabel('Title').fill('Long one');
  await form.getByLabel('Body', { exact: true }).fill('가'.repeat(10_001));
  await expect(form.getByText('The body is too long: 10,001 characters; at most 10,000.')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save template', exact: true })).toBeDisabled();
  await form.getByLabel('Body', { exact: true }).fill('가'.repeat(10_000));
  await form.getByLabel('Title').fill('T'.repeat(301));
  await expect(form.getByText('The title is too long: 301 characters; at most 300.')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save template', exact: true })).toBeDisabled();
  await form.getByLabel('Title').fill('Long one');
  await form.getByLabel('English variant (en)').fill('v'.repeat(10_001));
  await expect(form.getByText('The en body is too long: 10,001 characters; at most 10,000.')).toBeVisible();
  await form.getByLabel('English variant (en)').fill('fine');
  await form.getByRole('button', { name: 'Save template', exact: true }).click();
  await expect(rows(page)).toHaveCount(SAMPLES + 1);
});

test('"Save reply as template" refuses a reply over the body cap, and saves one at the cap', async ({ openX }) => {
  const page = await openX('/i/chat/1001-2002');
  const panel = await panelOf(page);
  const textarea = page.getByTestId('dm-composer-textarea');
  await textarea.fill('가'.repeat(10_001));
  await panel.getByRole('button', { name: 'Save reply as template' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'too long' })).toHaveText(
    'This reply is too long for a template: 10,001 characters; at most 10,000.',
  );
  await expect(panel.getByRole('form', { name: 'Save reply as template' })).toHaveCount(0);
  await textarea.fill('가'.repeat(10_000));
  await panel.getByRole('button', { name: 'Save reply as template' }).click();
  const form = panel.getByRole('form', { name: 'Save reply as template' });
  await expect(form.getByLabel('Title')).toHaveAttribute('maxlength', '300');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(panel.getByText(/^Saved “/)).toBeVisible();
});
