import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETENTION_ALARM, registerRetentionAlarm } from '@/utils/customers/retention-alarm';
import { eventsRepo } from '@/utils/db/events-repo';
import { privacySettings } from '@/utils/settings/privacy';
import { clearSharedDatabase } from '../fresh-db';

beforeEach(() => fakeBrowser.reset());
afterEach(clearSharedDatabase);

describe('retention alarm', () => {
  it('is created daily once, kept across service-worker starts, and sweeps with the saved setting', async () => {
    registerRetentionAlarm();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 1440 }),
    );
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    // A second start (the worker woke up) must not push the sweep back.
    registerRetentionAlarm();
    await new Promise((r) => setTimeout(r, 10));
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(first?.scheduledTime);

    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await eventsRepo().bulkAdd([
      { customerHandle: 'a', kind: 'note', at: old },
      { customerHandle: 'a', kind: 'note', at: new Date().toISOString() },
    ]);
    await privacySettings.setValue({ retentionDays: 30 });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'something-else',
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    expect(await eventsRepo().count()).toBe(2);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: RETENTION_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 1440,
      persistAcrossSessions: true,
    });
    await vi.waitFor(async () => expect(await eventsRepo().count()).toBe(1));
  });
});
