/**
 * The store listing's images, made by scripts/screenshots.ts with the same set-up as the README's:
 * docs/store/screenshot-<lang>-<n>-<what>.png (1280x800, English and Korean: Careline in the
 * agent's language, a caption above a real screenshot) and docs/store/tile-440x280.png (the small
 * promo tile). Every shot waits for what it shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { panelFrameOf } from './chromium';

export const STORE_SIZE = { width: 1280, height: 800 };
export const TILE_SIZE = { width: 440, height: 280 };

type Lang = 'en' | 'ko';

interface StoreSetUp {
  context: BrowserContext;
  worker: Worker;
  optionsUrl: string;
  outDir: string;
  /** Waits for fonts and paint (screenshots.ts). */
  settle: (page: Page) => Promise<void>;
  done: (file: string) => void;
}

/** Per language: whose post, which reply, the handoff, and the captions. */
const SCENES: Record<
  Lang,
  {
    post: string;
    name: string;
    template: string;
    previewStart: string;
    reason: string;
    note: string;
    captions: { panel: string; handoff: string; options: string };
  }
> = {
  en: {
    post: '/sarah_j_miller/status/1991000000000000102',
    name: 'Sarah Miller',
    template: 'Network outage update',
    previewStart: 'Thanks for flagging this',
    reason: '단말기 고장 · Device fault',
    note: 'No signal since the outage this morning. Prefers e-mail.',
    captions: {
      panel: 'Team replies beside X’s reply box, filled in per customer',
      handoff: 'One-step call-center handoff, the ticket back in your reply',
      options: 'One reply library for the whole team',
    },
  },
  ko: {
    post: '/jihoon_park/status/1991000000000000103',
    name: '박지훈',
    template: '문의 감사 인사',
    previewStart: '박지훈님, 문의해 주셔서',
    reason: '요금 · Billing',
    note: '11월 요금 이중 청구, 환불 요청. 오후 콜백 희망',
    captions: {
      panel: 'X 답글 옆에서 팀의 답변을 고객 정보로 채워 바로 삽입',
      handoff: '고객센터 이관은 한 번에, 접수 번호는 답글로 안내',
      options: '팀 전체가 함께 쓰는 답변 라이브러리',
    },
  },
};

/** The accessible names the shots go by (utils/i18n/messages/panel.ts), in each language. */
const NAMES: Record<
  Lang,
  Record<'customer' | 'handOff' | 'dialog' | 'reason' | 'priority' | 'note' | 'send' | 'insertTicketReply', string>
> = {
  en: {
    customer: 'Customer',
    handOff: 'Hand off to call center',
    dialog: 'Hand off',
    reason: 'Reason',
    priority: 'Priority',
    note: 'Note',
    send: 'Send handoff',
    insertTicketReply: 'Insert ticket reply',
  },
  ko: {
    customer: '고객',
    handOff: '고객센터로 이관',
    dialog: '이관',
    reason: '이관 사유',
    priority: '우선순위',
    note: '메모',
    send: '이관 보내기',
    insertTicketReply: '티켓 안내 답글 삽입',
  },
};

export async function shootStoreImages(s: StoreSetUp): Promise<void> {
  for (const lang of ['en', 'ko'] as const) {
    await setLanguage(s.worker, lang);
    const scene = SCENES[lang];
    const x = await s.context.newPage();
    await x.setViewportSize(STORE_SIZE);
    await x.goto(`https://x.com${scene.post}`);
    const panel = await panelFrameOf(x, 20_000);
    const card = panel.getByRole('region', { name: NAMES[lang].customer });
    await card.getByText(scene.name, { exact: true }).first().waitFor({ timeout: 20_000 });
    await panel.getByRole('option', { name: scene.template }).click();
    const preview = panel.getByText(scene.previewStart).first();
    await preview.waitFor();
    // The preview is what the shot is about: in the panel's view (the panel scrolls it there only if needed).
    await preview.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    await s.settle(x);
    await compose(s, lang, 1, 'panel', await x.screenshot(), scene.captions.panel);

    const n = NAMES[lang];
    await card.getByRole('button', { name: n.handOff }).click();
    const dialog = panel.getByRole('dialog', { name: n.dialog });
    await dialog.getByRole('combobox', { name: n.reason }).selectOption(scene.reason);
    await dialog.getByRole('combobox', { name: n.priority }).selectOption('high');
    await dialog.getByRole('textbox', { name: n.note }).fill(scene.note);
    await dialog.getByRole('button', { name: n.send }).click();
    await card
      .getByRole('status')
      .filter({ hasText: /CL-\d+/ })
      .waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: n.insertTicketReply }).click();
    await x
      .locator('[data-testid="tweetTextarea_0"]')
      .filter({ hasText: /CL-\d+/ })
      .waitFor();
    await s.settle(x);
    await compose(s, lang, 2, 'handoff', await x.screenshot(), scene.captions.handoff);
    await x.close();

    const options = await s.context.newPage();
    await options.setViewportSize(STORE_SIZE);
    await options.goto(s.optionsUrl);
    await options.getByRole('table').first().getByRole('row').nth(4).waitFor();
    await s.settle(options);
    await compose(s, lang, 3, 'options', await options.screenshot(), scene.captions.options);
    await options.close();
  }
  await setLanguage(s.worker, 'auto');
  await tile(s);
}

/** options → You → Language, as stored: every open Careline page follows it at once. */
async function setLanguage(worker: Worker, lang: Lang | 'auto'): Promise<void> {
  await worker.evaluate(
    (value) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({ uiLanguage: value }),
    lang,
  );
}

const ICON = () =>
  `data:image/png;base64,${readFileSync(path.resolve(import.meta.dirname, '../public/icon/128.png')).toString('base64')}`;

const FONT = `system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif`;

/** The caption on Careline's teal, the screenshot below it, scaled to fit 1280x800 exactly. */
async function compose(
  s: StoreSetUp,
  lang: Lang,
  n: number,
  what: string,
  shot: Buffer,
  caption: string,
): Promise<void> {
  const page = await s.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const shotUrl = `data:image/png;base64,${shot.toString('base64')}`;
  await page.setContent(`<!doctype html><html lang="${lang}"><style>
    html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
    body { background: linear-gradient(160deg, #0b5f58, #0f766e 55%, #14a394); font-family: ${FONT}; word-break: keep-all; }
    header { height: 108px; display: flex; align-items: center; justify-content: center; gap: 18px; padding: 0 64px; }
    header img { width: 48px; height: 48px; }
    h1 { margin: 0; color: #fff; font-size: 30px; font-weight: 650; letter-spacing: -.01em; }
    .shot { position: absolute; left: 96px; top: 108px; width: 1088px; height: 680px; border-radius: 14px; overflow: hidden;
      box-shadow: 0 18px 48px rgba(0, 0, 0, .35); background: #fff; }
    .shot img { width: 1088px; height: 680px; display: block; }
  </style><header><img src="${ICON()}" alt=""><h1>${escapeHtml(caption)}</h1></header>
  <div class="shot"><img src="${shotUrl}" alt=""></div></html>`);
  await page.evaluate(async () => {
    await Promise.all([...document.images].map((img) => img.decode()));
    await document.fonts.ready;
  });
  const name = `screenshot-${lang}-${n}-${what}.png`;
  writeFileSync(path.join(s.outDir, name), await page.screenshot({ clip: { x: 0, y: 0, ...STORE_SIZE } }));
  s.done(path.join(s.outDir, name));
  await page.close();
}

/** The small promo tile: the icon, the name and what Careline is for. */
async function tile(s: StoreSetUp): Promise<void> {
  const page = await s.context.newPage();
  await page.setViewportSize(TILE_SIZE);
  await page.setContent(`<!doctype html><html lang="en"><style>
    html, body { margin: 0; width: ${TILE_SIZE.width}px; height: ${TILE_SIZE.height}px; overflow: hidden; }
    body { background: linear-gradient(160deg, #0b5f58, #0f766e 55%, #14a394); font-family: ${FONT}; color: #fff;
      display: flex; flex-direction: column; justify-content: center; padding: 0 36px; box-sizing: border-box; gap: 14px; }
    .name { display: flex; align-items: center; gap: 16px; }
    img { width: 84px; height: 84px; filter: drop-shadow(0 6px 14px rgba(0, 0, 0, .3)); }
    h1 { margin: 0; font-size: 46px; font-weight: 700; letter-spacing: -.02em; }
    p { margin: 0; font-size: 19px; line-height: 1.35; color: #e6fffb; text-wrap: balance; }
  </style><div class="name"><img src="${ICON()}" alt=""><h1>Careline</h1></div>
  <p>Canned replies, customer history and call-center handoff for care teams on&nbsp;X</p></html>`);
  await page.evaluate(async () => {
    await Promise.all([...document.images].map((img) => img.decode()));
    await document.fonts.ready;
  });
  const file = path.join(s.outDir, 'tile-440x280.png');
  writeFileSync(file, await page.screenshot({ clip: { x: 0, y: 0, ...TILE_SIZE } }));
  s.done(file);
  await page.close();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
