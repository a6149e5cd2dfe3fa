/**
 * The post's topic in the panel: a radio group "Topic" with the panel's guess checked, one click to
 * change it, and the place the post names. The topic reaches the team server: with the reply when
 * the agent picked it before inserting, through the set-topic handler once the reply is logged when
 * they picked it after, and at once on a post already answered. Checked in the lead's CSV export.
 */
import type { Frame, Page } from '@playwright/test';
import type { TestServer } from '../../server/testing';
import { expect, test } from './fixtures';
import { expectInView } from './in-view';
import { joinAgent, startTeam, type TeamAgent } from './team-agents';

const GANGNAM = { path: '/minji_kim/status/1995000000000000001', id: '1995000000000000001' };
const HONGDAE = { path: '/jihoon_park/status/1995000000000000002', id: '1995000000000000002' };

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let seoyeon: TeamAgent;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  const team = await startTeam();
  server = team.server;
  seoyeon = await joinAgent(team, '서연', xServer.port, pageErrors);
});

test.afterAll(async () => {
  await seoyeon?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
});

/** The server's record of the post's topic: [topic, place, who set it], or null before it has one. */
async function serverTopic(statusId: string): Promise<string[] | null> {
  const rows = await server.db.query<{ topic: string; place: string | null; name: string }>(
    `SELECT t.topic, t.place, a.name FROM post_topics t JOIN agents a ON a.id = t.agent_id
      WHERE t.status_id = $1 AND t.answered_at IS NOT NULL`,
    [statusId],
  );
  const row = rows[0];
  return row ? [row.topic, row.place ?? '', row.name] : null;
}

async function insertThanks(page: Page, panel: Frame): Promise<void> {
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(page.getByTestId('tweetTextarea_0')).toContainText('문의해 주셔서 감사합니다');
}

test('the guessed topic is checked, the place shown; one click picks another, which the reply carries', async () => {
  const { page, panel } = await seoyeon.openCard(GANGNAM.path);
  const topics = panel.getByRole('radiogroup', { name: 'Topic' });
  await expect(topics.getByRole('radio', { name: 'Internet' })).toBeChecked();
  await expect(topics.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(panel.getByText('Place: Gangnam Station')).toBeVisible();
  // The topic sits under the reply work: search, the preview and Insert stay in view without a scroll.
  for (const size of [
    { width: 1100, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    const at = `${size.width}x${size.height}`;
    await expectInView(panel.getByRole('searchbox', { name: 'Search templates' }), `template search at ${at}`);
    await expectInView(panel.getByRole('button', { name: 'Insert', exact: true }), `Insert at ${at}`);
  }

  await topics.getByRole('radio', { name: 'Outage' }).click();
  await expect(topics.getByRole('radio', { name: 'Outage' })).toBeChecked();
  await expect(topics.getByRole('radio', { name: 'Internet' })).not.toBeChecked();

  await insertThanks(page, panel);
  await page.getByTestId('tweetButtonInline').click();
  await expect.poll(() => serverTopic(GANGNAM.id), { timeout: 20_000 }).toEqual(['outage', '강남역', '서연']);
  await page.close();
});

test('a topic picked after the insert reaches the server once the reply is logged; later picks at once', async () => {
  const { page, panel } = await seoyeon.openCard(HONGDAE.path);
  const topics = panel.getByRole('radiogroup', { name: 'Topic' });
  await expect(topics.getByRole('radio', { name: 'Outage' })).toBeChecked();
  await expect(panel.getByText('Place: Hongik University Station')).toBeVisible();
  await insertThanks(page, panel);
  // Picked between Insert and X's Reply: the reply carries the guess, the pick follows it.
  await topics.getByRole('radio', { name: 'Internet' }).click();
  await page.getByTestId('tweetButtonInline').click();
  await expect.poll(() => serverTopic(HONGDAE.id), { timeout: 20_000 }).toEqual(['internet', '홍대입구역', '서연']);

  // Answered: a change goes to the server with the one click.
  await topics.getByRole('radio', { name: 'Roaming' }).click();
  await expect.poll(() => serverTopic(HONGDAE.id), { timeout: 20_000 }).toEqual(['roaming', '홍대입구역', '서연']);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await page.close();
});

test('in Korean the group and its topics are Korean, and Korean wraps between words', async () => {
  await seoyeon.options.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
    ).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const { page, panel } = await seoyeon.openCard(GANGNAM.path);
  const desk = panel.getByRole('region', { name: '주제와 장소' });
  const topics = desk.getByRole('radiogroup', { name: '주제' });
  // Answered by the first test with "Outage": the panel's guess is "인터넷", the agent's pick was on another panel.
  await expect(topics.getByRole('radio', { name: '인터넷' })).toBeChecked();
  await expect(desk.getByText('장소: 강남역')).toBeVisible();
  await expect(desk).toHaveCSS('word-break', 'keep-all');
  await page.close();
});
