import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyRetention, applySavedRetention, retentionCutoff } from '@/utils/customers/retention';
import { customersRepo } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { privacySettings } from '@/utils/settings/privacy';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs();
beforeEach(() => fakeBrowser.reset());

const NOW = new Date('2026-11-29T12:00:00.000Z');

describe('retention', () => {
  it('cuts off exactly N days before now: one millisecond older goes, exactly N days stays', async () => {
    expect(retentionCutoff(30, NOW)).toBe('2026-10-30T12:00:00.000Z');
    const db = freshDb();
    const events = eventsRepo(db);
    await events.bulkAdd([
      { customerHandle: 'a', kind: 'note', at: '2026-10-30T11:59:59.999Z', text: 'older by 1 ms' },
      { customerHandle: 'a', kind: 'note', at: '2026-10-30T12:00:00.000Z', text: 'exactly 30 days' },
      { customerHandle: 'b', kind: 'reply-sent', at: '2026-11-29T11:00:00.000Z', text: 'today' },
      { customerHandle: 'b', kind: 'handoff', at: '2025-01-01T00:00:00.000Z', text: 'last year' },
    ]);
    expect(await applyRetention(30, NOW, events)).toBe(2);
    expect((await db.events.toArray()).map((e) => e.text).sort()).toEqual(['exactly 30 days', 'today']);
    expect(await applyRetention(30, NOW, events)).toBe(0);
  });

  it('keeps everything when retention is off, and refuses nonsense', async () => {
    const db = freshDb();
    const events = eventsRepo(db);
    await events.add({ customerHandle: 'a', kind: 'note', at: '2000-01-01T00:00:00.000Z' });
    expect(await applyRetention(null, NOW, events)).toBe(0);
    await expect(applyRetention(0, NOW, events)).rejects.toThrow(RangeError);
    await expect(applyRetention(1.5, NOW, events)).rejects.toThrow(RangeError);
    expect(await events.count()).toBe(1);
  });

  it('the background sweep applies the saved setting', async () => {
    const db = freshDb();
    const events = eventsRepo(db);
    await events.bulkAdd([
      { customerHandle: 'a', kind: 'note', at: '2026-11-01T00:00:00.000Z' },
      { customerHandle: 'a', kind: 'note', at: '2026-11-28T00:00:00.000Z' },
    ]);
    expect(await applySavedRetention(NOW, events)).toBe(0);
    await privacySettings.setValue({ retentionDays: 7 });
    expect(await applySavedRetention(NOW, events)).toBe(1);
    expect(await events.count()).toBe(1);
  });
});

describe('erase', () => {
  it('removes the customer and only their events', async () => {
    const db = freshDb();
    const customers = customersRepo(db);
    const events = eventsRepo(db);
    await customers.upsertMany([
      { handle: 'Minji_Kim', tags: [] },
      { handle: 'minji', tags: [] },
      { handle: 'minji_kim2', tags: [] },
    ]);
    await events.bulkAdd([
      { customerHandle: 'minji_kim', kind: 'note', at: '2026-11-01T00:00:00.000Z' },
      { customerHandle: 'minji_kim', kind: 'reply-sent', at: '2026-11-02T00:00:00.000Z' },
      { customerHandle: 'minji', kind: 'note', at: '2026-11-01T00:00:00.000Z' },
      { customerHandle: 'minji_kim2', kind: 'note', at: '2026-11-01T00:00:00.000Z' },
    ]);
    expect(await customers.erase('@MINJI_KIM')).toBe(2);
    expect(await customers.get('minji_kim')).toBeUndefined();
    expect((await db.customers.toArray()).map((c) => c.handle).sort()).toEqual(['minji', 'minji_kim2']);
    expect((await db.events.toArray()).map((e) => e.customerHandle).sort()).toEqual(['minji', 'minji_kim2']);
  });
});
