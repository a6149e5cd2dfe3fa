/**
 * The toolbar button's choice: the panel where Careline's content script answers the toggle, the
 * settings anywhere else (no tab, no content script, or an answer that is not Careline's).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isToggled, onToolbarAction } from '@/utils/messaging/toolbar-action';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function spies(answer: () => Promise<unknown>) {
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
  const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  return { sendMessage, openOptionsPage };
}

describe('onToolbarAction', () => {
  it('on a tab whose content script answers, toggles the panel and opens nothing', async () => {
    const { sendMessage, openOptionsPage } = spies(async () => ({ toggled: true }));
    expect(await onToolbarAction({ id: 7 })).toBe('toggled');
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'careline:toggle' });
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it.each([
    [
      'no content script in the tab',
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    ],
    ['a listener that answers nothing', () => Promise.resolve(undefined)],
    ['an answer that is not the toggle', () => Promise.resolve({ toggled: 'yes' })],
  ])('opens the settings: %s', async (_what, answer) => {
    const { openOptionsPage } = spies(answer);
    expect(await onToolbarAction({ id: 7 })).toBe('settings');
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('opens the settings when the click came with no tab', async () => {
    const { sendMessage, openOptionsPage } = spies(async () => ({ toggled: true }));
    expect(await onToolbarAction(undefined)).toBe('settings');
    expect(await onToolbarAction({})).toBe('settings');
    expect(sendMessage).not.toHaveBeenCalled();
    expect(openOptionsPage).toHaveBeenCalledTimes(2);
  });
});

it("isToggled accepts only the content script's own answer", () => {
  expect(isToggled({ toggled: true })).toBe(true);
  for (const other of [undefined, null, true, 'toggled', { toggled: 1 }, {}]) expect(isToggled(other)).toBe(false);
});
