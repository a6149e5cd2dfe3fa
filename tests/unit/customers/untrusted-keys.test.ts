/**
 * Names from files are data, not JavaScript: a CSV column, a backup's attribute or a pack's field
 * called `constructor`, `__proto__`, `toString` or `hasOwnProperty` is kept under its own name, and
 * `{{customer.<name>}}` renders that value or counts as missing (never Object's own members).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup } from '@/utils/data/backup/create';
import { parseBackup } from '@/utils/data/backup/parse';
import { createImportSession, type ImportReply } from '@/utils/customers/csv/session';
import { templateValues } from '@/utils/customers/template-values';
import { backupRepo } from '@/utils/db/backup-repo';
import { customersRepo } from '@/utils/db/customers-repo';
import type { CarelineDatabase } from '@/utils/db/database';
import { splitExtra, TEMPLATE_FIELDS } from '@/utils/templates/pack/format';
import { parsePack } from '@/utils/templates/pack/parse';
import { renderTemplate } from '@/utils/templates/render';
import { freshDbs } from '../fresh-db';
import { restore } from './restore';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
const CSV = `handle,${NAMES.join(',')}\r\nminji_kim,C-value,P-value,T-value,H-value\r\n`;
const ALL_FOUR = '{{customer.constructor}}|{{customer.__proto__}}|{{customer.toString}}|{{customer.hasOwnProperty}}';

const freshDb = freshDbs();
beforeEach(() => fakeBrowser.reset());

/** The options page's import, as its worker runs it; replies cross a structured clone, as postMessage does. */
async function importCsv(db: CarelineDatabase, csv: string): Promise<ImportReply[]> {
  const replies: ImportReply[] = [];
  const handle = createImportSession((reply) => replies.push(structuredClone(reply)), customersRepo(db));
  await handle({ type: 'analyze', file: new File([csv], 'crm.csv') });
  await handle({ type: 'import', validOnly: false });
  return replies;
}

describe('CSV import with columns named like Object members', () => {
  it('imports, keeping every value under its own name', async () => {
    const db = freshDb();
    const replies = await importCsv(db, CSV);
    expect(replies.map((r) => r.type)).toEqual(['preview', 'progress', 'done']);
    const preview = replies[0];
    if (preview?.type !== 'preview') throw new Error('no preview');
    expect(preview.preview.columns.slice(1).map((c) => c.target)).toEqual(
      NAMES.map((name) => ({ kind: 'attribute', name })),
    );

    const record = await customersRepo(db).get('minji_kim');
    const attributes = record?.attributes ?? {};
    expect(Object.keys(attributes).sort()).toEqual([...NAMES].sort());
    expect(Object.entries(attributes)).toEqual(
      expect.arrayContaining([
        ['constructor', 'C-value'],
        ['__proto__', 'P-value'],
        ['toString', 'T-value'],
        ['hasOwnProperty', 'H-value'],
      ]),
    );
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.keys(record ?? {})).not.toContain('[object Object]');
  });

  it('renders {{customer.__proto__}} and {{customer.constructor}} from the imported values', async () => {
    const db = freshDb();
    await importCsv(db, CSV);
    const record = await customersRepo(db).get('minji_kim');
    const result = renderTemplate(ALL_FOUR, templateValues({ handle: 'minji_kim' }, record, '', 'private'));
    expect(result).toMatchObject({ text: 'C-value|P-value|T-value|H-value', missing: [] });
  });

  it('counts them as missing when the customer has no such column, never Object members', async () => {
    const db = freshDb();
    await importCsv(db, 'handle,plan\r\nminji_kim,LTE\r\n');
    const values = templateValues({ handle: 'minji_kim' }, await customersRepo(db).get('minji_kim'), '', 'private');
    const result = renderTemplate(
      `${ALL_FOUR}|{{agent.constructor}}|{{input:constructor}}|{{input:__proto__}}`,
      values,
    );
    expect(result.text).toBe(`${ALL_FOUR}|{{agent.constructor}}|{{input:constructor}}|{{input:__proto__}}`);
    expect(result.missing).toEqual([
      'customer.constructor',
      'customer.__proto__',
      'customer.toString',
      'customer.hasOwnProperty',
      'agent.constructor',
    ]);
    expect(result.unfilled).toEqual(['constructor', '__proto__']);
    // Fill-ins typed under those labels are used.
    expect(
      renderTemplate('{{input:constructor}}/{{input:__proto__}}', values, { constructor: 'a', ['__proto__']: 'b' })
        .text,
    ).toBe('a/b');
  });
});

describe('backup restore with such names', () => {
  it('round-trips a `__proto__` attribute, and refuses one that is not text', async () => {
    const source = freshDb();
    await importCsv(source, CSV);
    const text = await (await createBackup(backupRepo(source))).blob.text();
    const target = freshDb();
    expect(await restore(text, backupRepo(target))).toMatchObject({ ok: true });
    const attributes = (await customersRepo(target).get('minji_kim'))?.attributes ?? {};
    expect(Object.entries(attributes).sort()).toEqual([
      ['__proto__', 'P-value'],
      ['constructor', 'C-value'],
      ['hasOwnProperty', 'H-value'],
      ['toString', 'T-value'],
    ]);

    const bad = text.replace('"__proto__":"P-value"', '"__proto__":{"polluted":true}');
    expect(bad).not.toBe(text);
    expect(parseBackup(bad, 6)).toMatchObject({ ok: false, path: 'customers[0].attributes.__proto__' });
  });
});

describe('template packs with such names', () => {
  const pack = (template: string) =>
    `{"format":"careline-templates","version":1,"pack":{"id":"cs","name":"CS","__proto__":{"owner":"team"}},"templates":[${template}]}`;

  it('keeps unknown fields and variants called `__proto__` as data', () => {
    const parsed = parsePack(
      pack(
        '{"id":"a","title":"T","body":"B","variants":{"__proto__":"P variant","en":"Hi"},"__proto__":{"reviewed":true},"constructor":"c"}',
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const [template] = parsed.pack.templates;
    expect(Object.entries(template?.variants ?? {}).sort()).toEqual([
      ['__proto__', 'P variant'],
      ['en', 'Hi'],
    ]);
    expect(Object.entries(splitExtra(template ?? {}, TEMPLATE_FIELDS) ?? {})).toEqual([
      ['constructor', 'c'],
      ['__proto__', { reviewed: true }],
    ]);
    expect(Object.getOwnPropertyDescriptor(parsed.pack.pack, '__proto__')?.value).toEqual({ owner: 'team' });
  });

  it('refuses a `__proto__` variant that is not text, saying where', () => {
    expect(parsePack(pack('{"id":"a","title":"T","body":"B","variants":{"__proto__":5}}'))).toMatchObject({
      ok: false,
      path: 'templates[0].variants.__proto__',
    });
  });
});
