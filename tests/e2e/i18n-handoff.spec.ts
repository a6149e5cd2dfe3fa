/**
 * The handoff's problems in Korean (options → Language = 한국어): Save's refusals on the options page,
 * the callback phone's problem in the panel's dialog, and a delivery's last error written by the
 * background in the agent's language (panel status, options → Outbox). The English texts are covered
 * by options-handoff, handoff and handoff-answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@playwright/test';
import { expect, panelOf, test } from './fixtures';
import { configureWebhook } from './handoff-helpers';
import { optionsPageOpener } from './options-page';

const MINJI = '/minji_kim/status/1991000000000000101';
const openOptionsPage = optionsPageOpener();

interface ExtensionGlobal {
  chrome: {
    storage: {
      local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    };
  };
}

/** Careline in Korean, as options → You → Language = 한국어 stores it (pages and the background follow). */
const speakKorean = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ uiLanguage: 'ko' }));

/** A local server started with `handle`, on a free port of 127.0.0.1 (plain http is allowed there). */
async function listen(handle: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

test('options → 이관: an http:// webhook URL and a bad phone are refused in Korean, and nothing is saved', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await speakKorean(serviceWorker);
  const page = await openOptionsPage(context, extensionId);
  const section = page.getByRole('region', { name: '이관', exact: true });
  const url = section.getByRole('textbox', { name: '웹훅 URL' });
  await url.fill('http://example.com/hook');
  await section.getByRole('textbox', { name: '고객센터 전화번호' }).fill('0012025550100');
  await section.getByRole('textbox', { name: '제한 시간(초)' }).fill('90');
  await section.getByRole('button', { name: '저장', exact: true }).click();

  const alert = section.getByRole('alert');
  await expect(alert.locator('p')).toHaveText('저장되지 않았습니다. 다음 3개 문제를 수정해 주세요:');
  await expect(alert.getByRole('listitem')).toHaveText([
    '웹훅 URL은 https://를 사용해야 합니다(http://는 localhost와 127.0.0.1에서만 허용). 상담 건에는 고객 정보가 담겨 있습니다',
    '제한 시간은 1~60초 사이의 숫자여야 합니다',
    '고객센터 전화번호: 해외 번호는 국제전화 식별번호(00…) 대신 +와 국가 번호로 입력하세요',
  ]);
  await expect(section.getByRole('status')).toHaveCount(0);
  await expect(url).toBeFocused();
  expect(
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('handoffSettings')),
  ).toEqual({});

  await page.reload();
  await expect(section.getByRole('textbox', { name: '웹훅 URL' })).toHaveValue('');
  await expect(section.getByRole('textbox', { name: '고객센터 전화번호' })).toHaveValue('');

  // The CRM placeholders' table explains each value in Korean too.
  await section.getByRole('radio', { name: 'CRM 양식' }).check();
  const placeholders = section.getByRole('table', { name: 'CRM 플레이스홀더' });
  await expect(placeholders.getByRole('row').filter({ hasText: '{{customer.handle}}' })).toContainText(
    '고객의 X 핸들(@ 제외)',
  );
});

test('panel: a callback phone that is too short is explained in Korean and Send waits for a valid one', async ({
  serviceWorker,
  openX,
}) => {
  await speakKorean(serviceWorker);
  const page = await openX(MINJI);
  const panel = await panelOf(page);
  await panel.getByRole('region', { name: '고객' }).getByRole('button', { name: '고객센터로 이관' }).click();
  const dialog = panel.getByRole('dialog', { name: '이관' });
  const phone = dialog.getByRole('textbox', { name: '회신 전화번호' });

  await phone.fill('010-1234-567');
  await expect(dialog.getByRole('alert')).toHaveText(
    '번호가 너무 짧습니다(10자리). 휴대전화 번호는 010-1234-5678처럼 11자리입니다.',
  );
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: '이관 보내기' })).toBeDisabled();

  await phone.fill('0012025550100');
  await expect(dialog.getByRole('alert')).toHaveText(
    '해외 번호는 국제전화 식별번호(00…) 대신 +와 국가 번호로 입력하세요',
  );

  await phone.fill('010-9876-5432');
  await expect(dialog.getByText('010-9876-5432(으)로 회신')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '이관 보내기' })).toBeEnabled();
});

test('an unreachable call center: the panel shows the retry with its reason in Korean', async ({
  context,
  extensionId,
  serviceWorker,
  openX,
}) => {
  // A port that nothing listens on any more: the connection is refused.
  const { server, port } = await listen(() => undefined);
  await close(server);
  await configureWebhook(context, extensionId, { url: `http://127.0.0.1:${port}/hooks/careline`, timeoutSeconds: 2 });
  await speakKorean(serviceWorker);

  const page = await openX(MINJI);
  const panel = await panelOf(page);
  const card = panel.getByRole('region', { name: '고객' });
  await card.getByRole('button', { name: '고객센터로 이관' }).click();
  await panel.getByRole('dialog', { name: '이관' }).getByRole('button', { name: '이관 보내기' }).click();
  // The browser's own words for the network error follow the colon; Careline's sentence is Korean.
  await expect(card.getByRole('status')).toContainText(
    `이관 대기 중: 다시 시도 예정 (127.0.0.1:${port}에 연결할 수 없습니다: `,
    { timeout: 15_000 },
  );
});

test('a call center that redirects: the failure is in Korean in the panel and in options → Outbox', async ({
  context,
  extensionId,
  serviceWorker,
  openX,
}) => {
  const { server, port } = await listen((req, res) => {
    // Answers a CORS preflight as handoff-answers' receiver does, should the POST need one.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
          'Access-Control-Allow-Methods': 'POST',
        })
        .end();
      return;
    }
    req.resume();
    req.on('end', () => res.writeHead(302, { Location: 'https://elsewhere.example/handoffs' }).end());
  });
  try {
    await configureWebhook(context, extensionId, { url: `http://127.0.0.1:${port}/hooks/careline`, timeoutSeconds: 5 });
    await speakKorean(serviceWorker);
    // The browser hides where a redirect under redirect: 'manual' points: "another address".
    const reason = '수신 서버가 다른 주소로 리디렉션했습니다. 웹훅 URL을 최종 주소로 설정하세요.';

    const page = await openX(MINJI);
    const panel = await panelOf(page);
    const card = panel.getByRole('region', { name: '고객' });
    await card.getByRole('button', { name: '고객센터로 이관' }).click();
    await panel.getByRole('dialog', { name: '이관' }).getByRole('button', { name: '이관 보내기' }).click();
    await expect(card.getByRole('alert')).toHaveText(`이관 실패: ${reason}`);

    const options = await openOptionsPage(context, extensionId);
    const failed = options
      .getByRole('region', { name: '이관', exact: true })
      .getByRole('list', { name: '실패한 이관' })
      .getByRole('listitem');
    await expect(failed).toHaveCount(1);
    await expect(failed.first()).toContainText(reason);
  } finally {
    await close(server);
  }
});
