import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportCustomersCsv, exportEventsCsv, csvCell, csvRow, defuseFormula } from '@/utils/customers/export';
import { backupRepo } from '@/utils/db/backup-repo';
import { customersRepo } from '@/utils/db/customers-repo';
import { eventsRepo } from '@/utils/db/events-repo';
import { freshDbs } from '../fresh-db';

/** RFC 4180 reader for checking what we wrote (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** The bytes, so the BOM is checked as bytes (Blob.text() would strip it). */
async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

const freshDb = freshDbs();

describe('formula escaping', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+82 10-1234-5678', "'+82 10-1234-5678"],
    ['-5', "'-5"],
    ['@handle', "'@handle"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['＝1+1', "'＝1+1"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['010-1234-5678', '010-1234-5678'],
    ['', ''],
    ["'already", "'already"],
  ])('%j → %j', (input, output) => {
    expect(defuseFormula(input)).toBe(output);
  });

  it('quotes every cell (the format since the `;`-locale fix), doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('김민지')).toBe('"김민지"');
    expect(csvCell(undefined)).toBe('""');
    // Escaped first, then quoted: the quote mark sits inside the CSV quotes.
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvRow(['a', '-1', 'b,c'])).toBe(`"a","'-1","b,c"\r\n`);
  });
});

describe('customers CSV', () => {
  it('has a BOM, the contract columns, sorted attribute columns, and every row across pages', async () => {
    const db = freshDb();
    await customersRepo(db).upsertMany([
      {
        handle: 'Minji_Kim',
        name: '김민지',
        customerId: 'C-1',
        phone: '010-1234-5678',
        plan: '5G 프리미엄',
        tags: ['vip', 'usim'],
        note: '유심 교체\n"긴급"',
        attributes: { 지역: '서울', device: 'Galaxy' },
      },
      {
        handle: 'evil',
        name: '=HYPERLINK("http://evil")',
        phone: '+82 10 0000',
        tags: [],
        attributes: { 가입일: '2024-01-01' },
      },
      { handle: 'plain', tags: [] },
    ]);
    const progress: number[] = [];
    const { blob, rows } = await exportCustomersCsv({
      repo: backupRepo(db),
      pageSize: 2,
      onProgress: (n) => progress.push(n),
    });
    expect(rows).toBe(3);
    expect(progress).toEqual([2, 3]);
    const bytes = await bytesOf(blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(table[0]).toEqual([
      'handle',
      'name',
      'customer_id',
      'phone',
      'email',
      'plan',
      'tags',
      'note',
      'device',
      '가입일',
      '지역',
    ]);
    expect(table.slice(1)).toEqual([
      ['evil', `'=HYPERLINK("http://evil")`, '', "'+82 10 0000", '', '', '', '', '', '2024-01-01', ''],
      [
        'Minji_Kim',
        '김민지',
        'C-1',
        '010-1234-5678',
        '',
        '5G 프리미엄',
        'vip;usim',
        '유심 교체\n"긴급"',
        'Galaxy',
        '',
        '서울',
      ],
      ['plain', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('is just the header for no customers', async () => {
    const { blob, rows } = await exportCustomersCsv({ repo: backupRepo(freshDb()) });
    expect(rows).toBe(0);
    expect(new TextDecoder().decode((await bytesOf(blob)).slice(3))).toBe(
      '"handle","name","customer_id","phone","email","plan","tags","note"\r\n',
    );
  });
});

describe('history CSV', () => {
  it('lists every event in logged order with its columns, escaped', async () => {
    const db = freshDb();
    await eventsRepo(db).bulkAdd([
      {
        customerHandle: 'minji_kim',
        kind: 'reply-sent',
        at: '2026-11-29T01:00:00.000Z',
        agent: '상담원 A',
        tweetUrl: 'https://x.com/minji_kim/status/1',
        statusId: '1',
        templateId: 'cs/usim',
        text: '불편을 드려 죄송합니다, 곧 연락드리겠습니다.',
      },
      { customerHandle: 'evil', kind: 'note', at: '2026-11-29T02:00:00.000Z', text: '@SUM(1+1)*cmd' },
      { customerHandle: 'minji_kim', kind: 'note', at: '2026-11-29T03:00:00.000Z', text: '-2 days' },
    ]);
    const { blob, rows } = await exportEventsCsv({ repo: backupRepo(db), pageSize: 2 });
    expect(rows).toBe(3);
    const table = parseCsv(new TextDecoder().decode((await bytesOf(blob)).slice(3)));
    expect(table).toEqual([
      ['handle', 'at', 'kind', 'agent', 'tweet_url', 'status_id', 'template_id', 'text'],
      [
        'minji_kim',
        '2026-11-29T01:00:00.000Z',
        'reply-sent',
        '상담원 A',
        'https://x.com/minji_kim/status/1',
        '1',
        'cs/usim',
        '불편을 드려 죄송합니다, 곧 연락드리겠습니다.',
      ],
      ['evil', '2026-11-29T02:00:00.000Z', 'note', '', '', '', '', "'@SUM(1+1)*cmd"],
      ['minji_kim', '2026-11-29T03:00:00.000Z', 'note', '', '', '', '', "'-2 days"],
    ]);
  });
});
