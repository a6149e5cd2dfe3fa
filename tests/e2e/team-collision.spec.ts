/**
 * The collision alert, before Send: the post got an answer since the agent opened it. Two agents of
 * one team (two Chromium profiles, one team server): a colleague's Careline reply reaches the agent who
 * has the post open; a reply by the brand's account from elsewhere (the "phone") that X shows under
 * the post raises it too, also solo; the agent's own send raises none. At 1100x800 the alert leaves
 * search and Insert in view; Korean wraps between words.
 */
import type { Frame, Page } from '@playwright/test';
import type { TestServer } from '../../server/testing';
import { expect, panelOf, test } from './fixtures';
import { joinAgent, leadNote, startTeam, type TeamAgent } from './team-agents';

const MINJI = '/minji_kim/status/1991000000000000101';
const SARAH = '/sarah_j_miller/status/1991000000000000102';
/** "<name> replied 10:42 AM": today's answers read as the time alone. */
const replied = (name: string) => new RegExp(`^${name} replied \\d{1,2}:\\d{2}\\s?[AP]M$`);
const THANKS = '김민지님, 문의해 주셔서 감사합니다. 확인 후 바로 답변드리겠습니다.';

test.describe.configure({ mode: 'serial' });

let server: TestServer;
let seoyeon: TeamAgent;
let jimin: TeamAgent;
const pageErrors: string[] = [];

test.beforeAll(async ({ xServer }) => {
  test.setTimeout(120_000);
  const team = await startTeam();
  server = team.server;
  // The lead's notes make the customers part of the team's record before the agents open their cards.
  const seeded = await server.api('/events', {
    token: team.leadToken,
    body: {
      events: [leadNote('minji_kim', 'minji_kim: 오전 문의'), leadNote('sarah_j_miller', 'sarah_j_miller: 오전 문의')],
    },
  });
  expect(seeded.status).toBe(200);
  seoyeon = await joinAgent(team, '서연', xServer.port, pageErrors);
  jimin = await joinAgent(team, '지민', xServer.port, pageErrors);
});

test.afterAll(async () => {
  await seoyeon?.close();
  await jimin?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors on x.com').toEqual([]);
});

/** Inserts the sample "문의 감사 인사" with the panel and sends it with X's Reply button. */
async function replyWithCareline(page: Page, panel: Frame): Promise<void> {
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(page.getByTestId('tweetTextarea_0')).toContainText('문의해 주셔서 감사합니다');
  await page.getByTestId('tweetButtonInline').click();
}

/** Search and Insert, the panel's main controls, are on screen. */
async function controlsInView(panel: Frame): Promise<void> {
  await expect(panel.getByRole('searchbox', { name: /Search templates|템플릿 검색/ })).toBeInViewport();
  await expect(panel.getByRole('button', { name: /^(Insert|삽입)$/ })).toBeInViewport();
}

test("a colleague's Careline reply warns the agent who has the post open, and not the colleague", async () => {
  // No live connection for this agent: the warning comes from the team's events the card pulls.
  seoyeon.network.refuseLive(true);
  const a = await seoyeon.openCard(MINJI);
  await a.page.setViewportSize({ width: 1100, height: 800 });
  // Looked up: the customer is the team's, so the card follows the team's entries.
  await expect(a.card.getByRole('list', { name: 'Notes' })).toContainText('minji_kim: 오전 문의');
  const b = await jimin.openCard(MINJI);
  await expect(b.card.getByRole('list', { name: 'Notes' })).toContainText('minji_kim: 오전 문의');

  await replyWithCareline(b.page, b.panel);
  await expect(b.card.getByRole('list', { name: 'History' })).toContainText(THANKS);

  const alert = a.panel.getByRole('alert', { name: replied('지민') });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(THANKS);
  await a.panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await controlsInView(a.panel);

  // The colleague sent it: neither their logged reply nor its copy in X's thread warns them. A reply
  // from the phone afterwards does, and once dismissed nothing else is left to tell.
  await expect(b.page.getByRole('article').filter({ hasText: THANKS })).toBeVisible();
  await b.page.evaluate(() =>
    (window as unknown as { __xapp: { replyFromPhone(id: string, text: string): void } }).__xapp.replyFromPhone(
      '1991000000000000101',
      '@minji_kim 폰으로 먼저 답장드렸습니다.',
    ),
  );
  const phone = b.panel.getByRole('alert', { name: replied('Acme Care') });
  await expect(phone).toContainText('폰으로 먼저 답장드렸습니다.');
  await phone.getByRole('button', { name: 'Dismiss' }).click();
  await expect(b.panel.getByRole('alert', { name: /replied/ })).toHaveCount(0);

  await a.panel
    .getByRole('alert', { name: replied('지민') })
    .getByRole('button', { name: 'Dismiss' })
    .click();
  await expect(a.panel.getByRole('alert', { name: /replied/ })).toHaveCount(0);
  seoyeon.network.refuseLive(false);
  await a.page.close();
  await b.page.close();
});

test("a colleague's reply reaches the open post through the live connection alone", async () => {
  // The card's pulls of the team's events are refused: the warning can only be the live 'answered'.
  seoyeon.network.refusePath('/sync');
  const a = await seoyeon.openCard(SARAH);
  await expect(a.card.getByRole('list', { name: 'Notes' })).toContainText('sarah_j_miller: 오전 문의');
  const b = await jimin.openCard(SARAH);
  await replyWithCareline(b.page, b.panel);
  const alert = a.panel.getByRole('alert', { name: replied('지민') });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('Sarah');
  // Never pulled: the reply is not in this agent's history.
  await expect(a.card.getByRole('list', { name: 'History' })).not.toContainText('문의해 주셔서');
  seoyeon.network.refusePath(null);
  await a.page.close();
  await b.page.close();
});

interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

/** Words of the element's text that the browser split across two lines (none with keep-all). */
function wordsSplitAcrossLines(panel: Frame, selector: string): Promise<string[]> {
  return panel.locator(selector).evaluate((el) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}

test("solo, in Korean: a brand reply from the phone warns, the agent's own send does not; compact and dismissible", async ({
  serviceWorker,
  openX,
}) => {
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }),
  );
  const page = await openX(SARAH);
  await page.setViewportSize({ width: 1100, height: 800 });
  const panel = await panelOf(page);
  await panel.getByRole('option', { name: '문의 감사 인사' }).click();
  await panel.getByRole('button', { name: '삽입', exact: true }).click();
  await expect(page.getByTestId('tweetTextarea_0')).not.toBeEmpty();
  await page.getByTestId('tweetButtonInline').click();
  const ownText = await page.evaluate(
    () => (window as unknown as { __xapp: { sent: Array<{ text: string }> } }).__xapp.sent[0]?.text ?? '',
  );
  expect(ownText).not.toBe('');
  await expect(page.getByRole('article').filter({ hasText: ownText.slice(0, 20) })).toBeVisible();

  const long =
    '@sarah_j_miller 안녕하세요 고객님, 휴대폰에서 먼저 답변드립니다. 말씀하신 요금 문제는 오늘 오후까지 담당 부서에서 확인한 뒤 ' +
    '문자로 결과를 안내해 드리겠습니다. 추가로 궁금하신 점이 있으시면 언제든지 다이렉트 메시지로 연락 주시기 바랍니다. 감사합니다.';
  await page.evaluate(
    (text) =>
      (window as unknown as { __xapp: { replyFromPhone(id: string, text: string): void } }).__xapp.replyFromPhone(
        '1991000000000000102',
        text,
      ),
    long,
  );
  const alert = panel.getByRole('alert', { name: /^Acme Care 님이 (오전|오후) \d{1,2}:\d{2}에 답장했습니다$/ });
  await expect(alert).toBeVisible();
  await controlsInView(panel);

  const more = alert.getByRole('button', { name: '답장 전체 보기' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(alert.getByRole('button', { name: '접기' })).toHaveAttribute('aria-expanded', 'true');
  await expect(alert).toContainText('감사합니다.');
  expect(await wordsSplitAcrossLines(panel, '.collision-text')).toEqual([]);
  await controlsInView(panel);

  // Dismissed, nothing is left to tell: neither the brand's reply from before the agent opened the
  // post nor the agent's own reply (also the brand's, under the post) is an answer to warn about.
  await alert.getByRole('button', { name: '닫기' }).click();
  await expect(panel.getByRole('alert', { name: /답장했습니다/ })).toHaveCount(0);
});
