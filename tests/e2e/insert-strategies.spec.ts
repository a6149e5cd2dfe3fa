/** Each insertion strategy on its own, against the imitation's real Draft.js editor / React textarea. */
import { composerState, expect, test } from './fixtures';
import { injectStrategy } from './strategy-harness';

const STATUS = '/sarah_j_miller/status/1991000000000000102';

interface StrategyWindow {
  __strategy: Record<string, (...args: unknown[]) => Promise<boolean> | boolean>;
}

test.describe('paste-event strategy', () => {
  test('fills an empty editor and appends to a non-empty one, keeping line breaks', async ({ openX }) => {
    const page = await openX(STATUS);
    await injectStrategy(page, 'utils/x/insert/paste-event.ts');
    const run = (text: string, mode: string) =>
      page.evaluate(
        ([t, m]) => {
          const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]');
          return (window as unknown as StrategyWindow).__strategy.insertByPasteEvent!(editor, t, m);
        },
        [text, mode] as const,
      );
    expect(await run('First line', 'append')).toBe(true);
    expect(await composerState(page)).toBe('First line');
    expect(await run('\n\nSecond paragraph', 'append')).toBe(true);
    expect(await composerState(page)).toBe('First line\n\nSecond paragraph');
    expect(await run('Replaced', 'replace')).toBe(true);
    expect(await composerState(page)).toBe('Replaced');
    await expect(page.getByTestId('tweetButtonInline')).toBeEnabled();
  });
});

test.describe('exec-command strategy', () => {
  test('refuses an empty editor (it would crash Draft) and multi-line text', async ({ openX }) => {
    const page = await openX(STATUS);
    await injectStrategy(page, 'utils/x/insert/exec-command.ts');
    const result = await page.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]');
      return (window as unknown as StrategyWindow).__strategy.insertByExecCommand!(editor, 'Hi', 'append');
    });
    expect(result).toBe(false);
    expect(await composerState(page)).toBe('');
  });

  test('appends single-line text to a non-empty editor and Draft registers it', async ({ openX }) => {
    const page = await openX(STATUS);
    await injectStrategy(page, 'utils/x/insert/exec-command.ts');
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('Hello');
    await expect.poll(() => composerState(page)).toBe('Hello');
    const result = await page.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]');
      return (window as unknown as StrategyWindow).__strategy.insertByExecCommand!(editor, ' there', 'append');
    });
    expect(result).toBe(true);
    expect(await composerState(page)).toBe('Hello there');
  });
});

test.describe('textarea-setter strategy', () => {
  test("updates X Chat's React textarea inside a shadow root so Send enables", async ({ openX }) => {
    const page = await openX('/i/chat/1001-2002');
    await injectStrategy(page, 'utils/x/insert/textarea-setter.ts');
    await expect(page.getByTestId('dm-composer-textarea')).toBeVisible();
    await expect(page.getByTestId('dm-composer-send-button')).toBeDisabled();
    const ok = await page.evaluate(() => {
      const host = document.querySelector('[data-testid="xchatEmbedRoute"]');
      const textarea = host?.shadowRoot?.querySelector('textarea[data-testid="dm-composer-textarea"]');
      return (window as unknown as StrategyWindow).__strategy.insertIntoTextarea!(
        textarea,
        '안녕하세요\n두 줄',
        'append',
      );
    });
    expect(ok).toBe(true);
    await expect(page.getByTestId('dm-composer-textarea')).toHaveValue('안녕하세요\n두 줄');
    await expect(page.getByTestId('dm-composer-send-button')).toBeEnabled();
  });
});

test.describe('text around the insert point (around.ts, for the separator and the length meter)', () => {
  test("reads Draft's text on either side of a caret, across blocks, and all of it without a caret", async ({
    openX,
  }) => {
    const page = await openX(STATUS);
    await injectStrategy(page, 'utils/x/insert/around.ts');
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('안녕하세요.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hello world');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => composerState(page)).toBe('안녕하세요.\nHello world');
    const read = () =>
      page.evaluate(() => {
        const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]');
        const selection = document.getSelection();
        const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
        const around = (window as unknown as StrategyWindow).__strategy.draftTextAround as (
          e: unknown,
          r: unknown,
        ) => unknown;
        return { atCaret: around(editor, caret), atEnd: around(editor, null) };
      });
    expect(await read()).toEqual({
      atCaret: { before: '안녕하세요.\nHello', after: ' world' },
      atEnd: { before: '안녕하세요.\nHello world', after: '' },
    });
  });

  test("reads X Chat's textarea around its selection", async ({ openX }) => {
    const page = await openX('/i/chat/1001-2002');
    await injectStrategy(page, 'utils/x/insert/around.ts');
    const textarea = page.getByTestId('dm-composer-textarea');
    await textarea.click();
    await page.keyboard.type('확인했습니다. 감사합니다');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    const around = await page.evaluate(() => {
      const host = document.querySelector('[data-testid="xchatEmbedRoute"]');
      const area = host?.shadowRoot?.querySelector('textarea[data-testid="dm-composer-textarea"]');
      return ((window as unknown as StrategyWindow).__strategy.textareaTextAround as (t: unknown) => unknown)(area);
    });
    expect(around).toEqual({ before: '확인했습니다. 감사합', after: '' });
  });
});
