import { beforeEach, describe, expect, it } from 'vitest';
import { keepEqual } from '@/entrypoints/panel/keep-equal';
import { usePanelStore } from '@/entrypoints/panel/store';
import type { PageState } from '@/utils/messaging/protocol';

// A fresh object each call, as every push over the panel port is.
const page = (theme: PageState['theme'], handle = 'kim_minji'): PageState =>
  ({
    context: {
      kind: 'reply',
      composer: 'draft',
      customer: { handle, name: 'Kim Minji' },
      tweet: { statusId: '1', text: '요금이 이상해요', lang: 'ko', url: `https://x.com/${handle}/status/1` },
    },
    theme,
    account: 'acme_care',
  }) as PageState;

describe('keepEqual', () => {
  it('returns the previous value when nothing changed', () => {
    const prev = { a: [1, { b: 'x' }], c: null };
    expect(keepEqual(prev, { a: [1, { b: 'x' }], c: null })).toBe(prev);
  });

  it('shares the unchanged parts and renews the changed ones', () => {
    const prev = { same: { x: [1, 2] }, changed: { y: 1 }, list: [{ id: 1 }, { id: 2 }] };
    const next = keepEqual(prev, { same: { x: [1, 2] }, changed: { y: 2 }, list: [{ id: 1 }, { id: 3 }] });
    expect(next).not.toBe(prev);
    expect(next.same).toBe(prev.same);
    expect(next.changed).toEqual({ y: 2 });
    expect(next.list[0]).toBe(prev.list[0]);
    expect(next.list[1]).toEqual({ id: 3 });
  });

  it('sees an added or removed key, and a shorter list, as a change', () => {
    const prev = { a: 1, list: [1, 2] } as { a: number; b?: number; list: number[] };
    expect(keepEqual(prev, { a: 1, b: 2, list: [1, 2] })).toEqual({ a: 1, b: 2, list: [1, 2] });
    expect(keepEqual(prev, { a: 1, list: [1] }).list).toEqual([1]);
    expect(keepEqual({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
  });
});

describe('the panel store', () => {
  beforeEach(() => usePanelStore.setState({ page: null }));

  it('notifies no one when the page pushes the same state again', () => {
    usePanelStore.getState().setPage(page('dark'));
    let notified = 0;
    const stop = usePanelStore.subscribe(() => notified++);
    usePanelStore.getState().setPage(page('dark'));
    stop();
    expect(notified).toBe(0);
  });

  it('keeps the customer and tweet objects when only the theme changes', () => {
    usePanelStore.getState().setPage(page('dark'));
    const before = usePanelStore.getState().page;
    usePanelStore.getState().setPage(page('light'));
    const after = usePanelStore.getState().page;
    expect(after?.theme).toBe('light');
    expect(after?.context).toBe(before?.context);
    usePanelStore.getState().setPage(page('light', 'park_jisoo'));
    const other = usePanelStore.getState().page;
    expect(other?.context.customer?.handle).toBe('park_jisoo');
    expect(other?.context.customer).not.toBe(after?.context.customer);
  });
});
