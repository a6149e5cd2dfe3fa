import { afterEach, expect, it, vi } from 'vitest';
import { createChangeNotifier } from '../../server/http/notifier';

afterEach(() => {
  vi.useRealTimers();
});

it("wakes every waiter of the notified team, and only that team's", async () => {
  const notifier = createChangeNotifier();
  const woken: string[] = [];
  const a1 = notifier.wait('a', 60_000).then(() => woken.push('a1'));
  const a2 = notifier.wait('a', 60_000).then(() => woken.push('a2'));
  const controller = new AbortController();
  const b = notifier.wait('b', 60_000, controller.signal).then(() => woken.push('b'));
  notifier.notify('a');
  await Promise.all([a1, a2]);
  expect(woken).toEqual(['a1', 'a2']);
  controller.abort();
  await b;
  expect(woken).toEqual(['a1', 'a2', 'b']);
});

it('gives up after its time, and resolves at once when already aborted or given no time', async () => {
  vi.useFakeTimers();
  const notifier = createChangeNotifier();
  let done = false;
  const waiting = notifier.wait('a', 1_000).then(() => (done = true));
  await vi.advanceTimersByTimeAsync(999);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await waiting;
  expect(done).toBe(true);
  await notifier.wait('a', 0);
  await notifier.wait('a', 1_000, AbortSignal.abort());
  expect(vi.getTimerCount()).toBe(0);
});

it('wakes only the pulls that asked about a pushed customer, so one push does not wake the whole team', async () => {
  const notifier = createChangeNotifier();
  const woken: string[] = [];
  const controller = new AbortController();
  const onOne = notifier.wait('a', 60_000, controller.signal, ['1', '3']).then(() => woken.push('one'));
  const onTwo = notifier.wait('a', 60_000, controller.signal, ['2']).then(() => woken.push('two'));
  const onAny = notifier.wait('a', 60_000, controller.signal).then(() => woken.push('any'));
  notifier.notify('a', ['3', '4']);
  await Promise.all([onOne, onAny]);
  expect(woken.sort()).toEqual(['any', 'one']);
  notifier.notify('a', ['1']);
  await Promise.resolve();
  expect(woken.sort()).toEqual(['any', 'one']);
  notifier.notify('a');
  await onTwo;
  expect(woken.sort()).toEqual(['any', 'one', 'two']);
  controller.abort();
});
