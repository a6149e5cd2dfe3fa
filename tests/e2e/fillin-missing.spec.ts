/**
 * A template with fill-in fields that also uses a customer value the record lacks: one Fill in
 * dialog takes both. The agent types the missing value for this insert, or leaves it and the
 * placeholder goes in as written; what was typed is never lost (Cancel, then Insert again).
 */
import { composerState, expect, panelOf, test } from './fixtures';
import { seedTemplates } from './seed';

/** Not in the CSV: the panel knows her handle and name from X, nothing else. */
const SARAH = '/sarah_j_miller/status/1991000000000000102';
const BILL = {
  id: 'bill',
  title: 'Bill ready',
  lang: 'en',
  body: 'Hi {{customer.name}}, your {{input:Billing month}} bill for the {{customer.plan}} plan is ready.',
};

test('Fill in takes the typed field and the missing customer value together, and inserts', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [BILL]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Bill ready' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  await dialog.getByRole('textbox', { name: 'Billing month' }).fill('November');
  await dialog.getByRole('textbox', { name: 'Plan' }).fill('5G Lite');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => composerState(page))
    .toBe('Hi Sarah Miller, your November bill for the 5G Lite plan is ready.');
  // This insert only: the record did not get a plan, the preview still says so.
  await expect(panel.getByText('No value for: Plan')).toBeVisible();
});

test('a missing value left empty inserts its placeholder as written, with no second prompt', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [BILL]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Bill ready' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  await dialog.getByRole('textbox', { name: 'Billing month' }).fill('November');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => composerState(page))
    .toBe('Hi Sarah Miller, your November bill for the {{customer.plan}} plan is ready.');
  await expect(panel.getByRole('button', { name: 'Insert anyway' })).toHaveCount(0);
});

test('Cancel keeps what was typed: Insert again reopens Fill in with the values', async ({
  openX,
  context,
  extensionId,
}) => {
  await seedTemplates(context, extensionId, [BILL]);
  const page = await openX(SARAH);
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: 'Bill ready' }).click();
  const insert = panel.getByRole('button', { name: 'Insert', exact: true });
  await insert.click();
  const dialog = panel.getByRole('dialog', { name: 'Fill in' });
  await dialog.getByRole('textbox', { name: 'Billing month' }).fill('November');
  await dialog.getByRole('textbox', { name: 'Plan' }).fill('5G Lite');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await composerState(page)).toBe('');
  await insert.click();
  await expect(dialog.getByRole('textbox', { name: 'Billing month' })).toHaveValue('November');
  await expect(dialog.getByRole('textbox', { name: 'Plan' })).toHaveValue('5G Lite');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect
    .poll(() => composerState(page))
    .toBe('Hi Sarah Miller, your November bill for the 5G Lite plan is ready.');
});
