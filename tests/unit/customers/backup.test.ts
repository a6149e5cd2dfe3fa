import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup } from '@/utils/data/backup/create';
import { parseBackup } from '@/utils/data/backup/parse';
import { backupRepo, type DatabaseDump } from '@/utils/db/backup-repo';
import { customersRepo } from '@/utils/db/customers-repo';
import type { CarelineDatabase } from '@/utils/db/database';
import { eventsRepo } from '@/utils/db/events-repo';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import { packsRepo } from '@/utils/db/packs-repo';
import type { TemplateRecord } from '@/utils/db/types';
import { privacySettings } from '@/utils/settings/privacy';
import { payload } from '../handoff/fixtures';
import { freshDbs } from '../fresh-db';
import { restore, snapshot } from './restore';

const freshDb = freshDbs();
beforeEach(() => fakeBrowser.reset());

const template = (id: string, extra: Partial<TemplateRecord> = {}): TemplateRecord => ({
  id,
  title: `제목 ${id}`,
  body: '{{customer.name}}님 안녕하세요',
  locked: false,
  usageCount: 2,
  createdAt: 'c',
  updatedAt: 'u',
  ...extra,
});

/** Customers (one with an unknown field), events, a pack with a template, and a personal template. */
async function fill(db: CarelineDatabase, prefix = ''): Promise<void> {
  await customersRepo(db).upsertMany([
    {
      handle: `${prefix}Minji_Kim`,
      name: '김민지',
      phone: '010-1234-5678',
      tags: ['vip'],
      attributes: { 지역: '서울' },
    },
    { handle: `${prefix}jordan`, name: 'Jordan', tags: [] },
  ]);
  await db.customers.update(`${prefix}jordan`.toLowerCase(), { futureField: { x: 1 } } as never);
  // Notes as the panel adds them: events, with copies on the record (which a restore derives again).
  for (let i = 0; i < 7; i++)
    await customersRepo(db).addNote({
      customerHandle: `${prefix}minji_kim`,
      at: `2026-11-2${i}T00:00:00.000Z`,
      text: `메모 ${i}`,
    });
  await packsRepo(db).replacePack(
    { id: `${prefix}cs`, name: 'CS', updatedAt: 'u', importedAt: 'i', extra: { owner: 'team' } },
    [template(`${prefix}cs/a`, { packId: `${prefix}cs`, packItemId: 'a', locked: true, variants: { en: 'Hi' } })],
  );
  await db.templates.add(template(`${prefix}mine`));
}

describe('backup', () => {
  it('round-trips: dump → backup file → restore into another database gives the same rows', async () => {
    const source = freshDb();
    await fill(source);
    await privacySettings.setValue({ retentionDays: 90 });
    const { blob, counts } = await createBackup(backupRepo(source), new Date('2026-11-29T00:00:00Z'), 3);
    expect(counts).toEqual({ customers: 2, events: 7, templates: 2, packs: 1 });
    const text = await blob.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'careline-backup',
      version: 1,
      exportedAt: '2026-11-29T00:00:00.000Z',
      dbVersion: 6,
      settings: { retentionDays: 90 },
    });

    const target = freshDb();
    await fill(target, 'other_');
    await privacySettings.setValue({ retentionDays: null });
    const result = await restore(text, backupRepo(target));
    expect(result).toEqual({ ok: true, counts });
    expect(await snapshot(backupRepo(target))).toEqual(await snapshot(backupRepo(source)));
    expect(await privacySettings.getValue()).toEqual({ retentionDays: 90 });
    // Restored events keep their ids, and new ones continue after them.
    const id = await eventsRepo(target).add({
      customerHandle: 'minji_kim',
      kind: 'note',
      at: '2026-12-01T00:00:00.000Z',
    });
    expect(id).toBeGreaterThan(7);
  });

  it("keeps the card's handoff summaries, derived again from the outbox the restore leaves alone", async () => {
    const db = freshDb();
    await fill(db);
    const outbox = handoffsRepo(db);
    const created = await outbox.create(
      {
        id: 'h1',
        customerHandle: 'minji_kim',
        createdAt: '2026-11-29T05:00:00.000Z',
        method: 'webhook',
        payload: payload({ id: 'h1' }),
        status: 'queued',
        attempts: 0,
        nextAttemptAt: 0,
      },
      { customerHandle: 'minji_kim', at: '2026-11-29T05:00:00.000Z', kind: 'handoff', text: 'Handed off' },
    );
    await outbox.claim(created.id, 1, 10_000);
    await outbox.settle(created.id, { kind: 'sent', httpStatus: 201, ticketId: 'CL-000042' }, 2);
    const before = (await customersRepo(db).get('minji_kim'))?.handoffs;
    expect(before).toEqual([expect.objectContaining({ id: 'h1', status: 'sent', ticketId: 'CL-000042' })]);
    // A backup made before the handoff: its customer has no summary at all.
    const { blob } = await createBackup(backupRepo(db), new Date('2026-11-29T06:00:00Z'), 3);
    const text = JSON.parse(await blob.text()) as { customers: { handle: string; handoffs?: unknown }[] };
    for (const c of text.customers) delete c.handoffs;

    expect(await restore(JSON.stringify(text), backupRepo(db))).toMatchObject({ ok: true });
    expect((await customersRepo(db).get('minji_kim'))?.handoffs).toEqual(before);
    expect((await customersRepo(db).get('jordan'))?.handoffs).toBeUndefined();
  });

  it('restores an empty backup as empty tables', async () => {
    const empty = await (await createBackup(backupRepo(freshDb()))).blob.text();
    const db = freshDb();
    await fill(db);
    expect(await restore(empty, backupRepo(db))).toMatchObject({ ok: true });
    expect(await backupRepo(db).counts()).toEqual({ customers: 0, events: 0, templates: 0, packs: 0 });
  });
});

describe('restore refuses bad input and changes nothing', () => {
  type Row = Record<string, unknown>;
  interface Editable {
    [key: string]: unknown;
    customers: Row[];
    events: Row[];
    templates: Row[];
    packs: Row[];
  }
  async function validBackup(): Promise<Editable> {
    const db = freshDb();
    await fill(db, 'b_');
    return JSON.parse(await (await createBackup(backupRepo(db))).blob.text()) as Editable;
  }
  const edit = (backup: Editable, change: (b: Editable) => void) => {
    const copy = structuredClone(backup);
    change(copy);
    return JSON.stringify(copy);
  };

  it.each<[string, (b: Editable) => void, RegExp, string | undefined]>([
    [
      'another format',
      (b) => {
        b.format = 'careline-templates';
      },
      /Not a Careline backup.*careline-templates/,
      'format',
    ],
    [
      'a newer version',
      (b) => {
        b.version = 2;
      },
      /version 1 backups; this is version 2/,
      'version',
    ],
    [
      'a newer database',
      (b) => {
        b.dbVersion = 99;
      },
      /newer Careline \(database version 99; this one has 6\)/,
      'dbVersion',
    ],
    [
      'a customer without tags',
      (b) => {
        delete b.customers[1]!.tags;
      },
      /^customers\[1\]\.tags: required$/,
      'customers[1].tags',
    ],
    [
      'an upper-case handle',
      (b) => {
        b.customers[0]!.handle = 'B_Minji';
      },
      /lower-case handle/,
      'customers[0].handle',
    ],
    [
      'an event of unknown kind',
      (b) => {
        b.events[3]!.kind = 'call';
      },
      /.+/,
      'events[3].kind',
    ],
    [
      'an event with a bad date',
      (b) => {
        b.events[2]!.at = 'yesterday';
      },
      /ISO-8601/,
      'events[2].at',
    ],
    [
      'a duplicate event id',
      (b) => {
        b.events[4]!.id = b.events[1]!.id;
      },
      /also events\[1\]\.id/,
      'events[4].id',
    ],
    [
      'a duplicate customer',
      (b) => {
        b.customers[1] = { ...b.customers[0] };
      },
      /also customers\[0\]\.handle/,
      'customers[1].handle',
    ],
    [
      'a template without body',
      (b) => {
        delete b.templates[0]!.body;
      },
      /.+/,
      'templates[0].body',
    ],
    [
      'a pack with a numeric name',
      (b) => {
        b.packs[0]!.name = 5;
      },
      /.+/,
      'packs[0].name',
    ],
    [
      'a template body over 10,000 characters',
      (b) => {
        b.templates[0]!.body = `{{${' '.repeat(10_000)}`;
      },
      /^templates\[0\]\.body: too long: 10002 characters, at most 10000$/,
      'templates[0].body',
    ],
    [
      'a template title over 300 characters',
      (b) => {
        b.templates[1]!.title = 'T'.repeat(301);
      },
      /too long: 301 characters, at most 300/,
      'templates[1].title',
    ],
    [
      'a pack whose waiting update is not one',
      (b) => {
        b.packs[0]!.pendingReview = { version: 'v', foundAt: 'f', gains: 'x' };
      },
      /.+/,
      'packs[0].pendingReview.gains',
    ],
    [
      'a variant over 10,000 characters',
      (b) => {
        b.templates[0]!.variants = { en: 'v'.repeat(10_001) };
      },
      /too long/,
      'templates[0].variants.en',
    ],
  ])('%s', async (_name, change, message, path) => {
    const text = edit(await validBackup(), change);
    const db = freshDb();
    await fill(db);
    await privacySettings.setValue({ retentionDays: 30 });
    const before = await snapshot(backupRepo(db));
    const result = await restore(text, backupRepo(db));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    expect(result.path).toBe(path);
    if (path) expect(result.error.startsWith(`${path}: `)).toBe(true);
    expect(await snapshot(backupRepo(db))).toEqual(before);
    expect(await privacySettings.getValue()).toEqual({ retentionDays: 30 });
  });

  it.each([
    ['', /empty/],
    ['{"format": "careline-backup",\n  "version": 1,,}', /Not valid JSON at line 2, column 16/],
    ['[1,2]', /Not a Careline backup/],
  ])('text %j', (text, message) => {
    const result = parseBackup(text, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('rolls back when a write fails inside the transaction', async () => {
    const db = freshDb();
    await fill(db);
    const before = await snapshot(backupRepo(db));
    const { customers, events, templates, packs } = before as DatabaseDump;
    const dump = structuredClone({ customers, events, templates, packs });
    // Valid by itself, but IndexedDB refuses it (a key that is not a valid key): the clear() must be undone.
    dump.packs.push({ id: null as unknown as string, name: 'bad', updatedAt: 'u', importedAt: 'i' });
    await expect(backupRepo(db).replaceAll(dump)).rejects.toThrow();
    expect(await snapshot(backupRepo(db))).toEqual(before);
  });
});
