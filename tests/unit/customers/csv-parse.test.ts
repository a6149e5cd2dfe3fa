import { describe, expect, it } from 'vitest';
import { describeTarget, mapColumns } from '@/utils/customers/csv/columns';
import { CsvFileError } from '@/utils/customers/csv/decode';
import { analyzeCsv, validRows } from '@/utils/customers/csv/parse';
import { parseCsv } from './parse-csv';

const targets = (headers: string[]) => mapColumns(headers).columns.map((c) => describeTarget(c.target));

describe('column mapping', () => {
  it('matches the contract names case-insensitively and the Korean aliases', () => {
    expect(targets(['Handle', 'NAME', 'Customer_ID', 'phone', 'Email', 'Plan', 'TAGS', 'Note'])).toEqual([
      'handle',
      'name',
      'customer_id',
      'phone',
      'email',
      'plan',
      'tags',
      'note',
    ]);
    expect(targets(['핸들', '이름', '고객번호', '전화번호', '요금제', '태그', '메모'])).toEqual([
      'handle',
      'name',
      'customer_id',
      'phone',
      'plan',
      'tags',
      'note',
    ]);
  });

  it('makes every other column a custom attribute under its header', () => {
    const { columns } = mapColumns(['handle', '가입매장', 'Last order', '이메일']);
    expect(columns.slice(1).map((c) => c.target)).toEqual([
      { kind: 'attribute', name: '가입매장' },
      { kind: 'attribute', name: 'Last order' },
      { kind: 'attribute', name: '이메일' },
    ]);
  });

  it('accepts "Customer ID", a BOM, spaces and decomposed (NFD) Hangul', () => {
    expect(targets(['\uFEFF핸들', ' Customer ID ', 'customer-id', '이름'.normalize('NFD')])).toEqual([
      'handle',
      'customer_id',
      'custom attribute',
      'name',
    ]);
  });

  it('ignores columns without a header and repeated headers; keeps a second name column as an attribute', () => {
    const { columns, handleIndex } = mapColumns(['name', 'handle', '이름', '', 'x', 'x']);
    expect(handleIndex).toBe(1);
    expect(columns.map((c) => describeTarget(c.target))).toEqual([
      'name',
      'handle',
      'custom attribute',
      'not imported (no header)',
      'custom attribute',
      'not imported (same header as an earlier column)',
    ]);
  });
});

describe('analyzeCsv + validRows over a whole file', () => {
  it('reads quotes, escaped quotes, commas and line breaks inside cells, and CRLF rows', () => {
    const text =
      'handle,name,note\r\nminji_kim,김민지,"USIM 교체, 재발급\n""확인"" 필요"\r\nsarah_j_miller,"Miller, Sarah",\r\n';
    const { rows, problems, dataRows } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(dataRows).toBe(2);
    expect(rows).toEqual([
      { handle: 'minji_kim', name: '김민지', note: 'USIM 교체, 재발급\n"확인" 필요' },
      { handle: 'sarah_j_miller', name: 'Miller, Sarah' },
    ]);
  });

  it('drops a BOM, strips @, splits tags on ; and keeps custom attributes', () => {
    const { rows } = parseCsv(
      '\uFEFF핸들,태그,가입매장,전화번호\n@Jihoon_Park, VIP ; 요금문의;;VIP ,홍대입구점,010-3456-7890\n',
    );
    expect(rows).toEqual([
      {
        handle: 'Jihoon_Park',
        tags: ['VIP', '요금문의'],
        attributes: { 가입매장: '홍대입구점' },
        phone: '010-3456-7890',
      },
    ]);
  });

  it('skips empty rows but counts them in the row numbers, as a spreadsheet does', () => {
    const text = 'handle,email\n\nminji_kim,x@example.com\n , \n\nbad handle,\n';
    const result = parseCsv(text);
    expect(result.rows.map((r) => r.handle)).toEqual(['minji_kim']);
    expect(result.emptyRows).toBe(3);
    expect(result.problems).toEqual([
      { row: 6, message: 'invalid handle "bad handle" (1-15 letters, digits or _, with or without @)' },
    ]);
  });

  it('reports every invalid row with its row number and what is wrong', () => {
    const text = [
      'handle,name,email',
      ',No handle,',
      'way_too_long_handle_16,,',
      'sarah_j_miller,,sarah@@example',
      'ok_one,,ok@example.com',
      'tom_okafor,Tom,tom@example.com,extra',
    ].join('\n');
    const { problems, rows, problemCount } = parseCsv(text);
    expect(problemCount).toBe(4);
    expect(problems).toEqual([
      { row: 2, message: 'missing handle' },
      { row: 3, message: 'invalid handle "way_too_long_handle_16" (1-15 letters, digits or _, with or without @)' },
      { row: 4, message: 'invalid email "sarah@@example"' },
      { row: 6, message: '4 cells but the header has 3 columns (a comma in a value needs "quotes")' },
    ]);
    expect(rows.map((r) => r.handle)).toEqual(['ok_one']);
  });

  it('lets the later row win for a repeated handle (case-insensitive) and says so', () => {
    const text = 'handle,plan\nminji_kim,LTE\njihoon_park,5G\nMINJI_KIM,5G 시그니처\n';
    const { rows, warnings, warningCount } = parseCsv(text);
    expect(rows).toEqual([
      { handle: 'jihoon_park', plan: '5G' },
      { handle: 'MINJI_KIM', plan: '5G 시그니처' },
    ]);
    expect(warningCount).toBe(1);
    expect(warnings).toEqual([
      { row: 4, message: '@MINJI_KIM is also in row 2: this later row is imported, row 2 is skipped' },
    ]);
  });

  it('does not let an invalid later row replace a valid earlier one', () => {
    const { rows, problemCount, warningCount } = parseCsv('handle,email\nminji_kim,a@example.com\nminji_kim,nope\n');
    expect(rows).toEqual([{ handle: 'minji_kim', email: 'a@example.com' }]);
    expect([problemCount, warningCount]).toEqual([1, 0]);
  });

  it('reports an unterminated quote as a problem on its row', () => {
    const { problems } = parseCsv('handle,note\nminji_kim,"never closed\nsarah_j_miller,x\n');
    expect(problems).toEqual([{ row: 2, message: 'Quoted field unterminated' }]);
  });

  it('plans nothing for a file without a handle or customer ID column (the agent maps one), and refuses an empty file', () => {
    const unkeyed = parseCsv('name,email\n김민지,a@example.com\n');
    expect(unkeyed.mapping.key).toBe('none');
    expect(unkeyed.rows).toEqual([]);
    expect(unkeyed.dataRows).toBe(1);
    expect(() => parseCsv('')).toThrow(CsvFileError);
    expect(() => parseCsv('')).toThrow(/empty/);
    expect(() => parseCsv('\n\n')).toThrow(/empty/);
  });

  it('takes tab- or semicolon-separated files by their header row, and keeps ; inside comma files as tags', () => {
    expect(parseCsv('handle\tname\nminji_kim\t김민지\n').rows).toEqual([{ handle: 'minji_kim', name: '김민지' }]);
    expect(parseCsv('handle;name\nminji_kim;김민지\n').rows).toEqual([{ handle: 'minji_kim', name: '김민지' }]);
    expect(parseCsv('handle,tags\nminji_kim,a;b;c\nsarah_j_miller,d;e\n').rows[0]?.tags).toEqual(['a', 'b', 'c']);
  });

  it('gives the same rows and row numbers when pass 2 starts a slice every row', () => {
    const text =
      'handle,note\r\n\r\nminji_kim,"a\r\nb"\r\nbad!,x\r\n\r\nsarah_j_miller,"c,d"\r\nminji_kim,e\r\ntom_okafor,f';
    const whole = parseCsv(text);
    for (const sliceRows of [1, 2, 3]) {
      const analysis = analyzeCsv(text, { sliceRows });
      expect(analysis.problems).toEqual([
        { row: 4, message: 'invalid handle "bad!" (1-15 letters, digits or _, with or without @)' },
      ]);
      expect([...validRows(text, analysis)]).toEqual(whole.rows);
    }
    expect(whole.rows).toEqual([
      { handle: 'sarah_j_miller', note: 'c,d' },
      { handle: 'minji_kim', note: 'e' },
      { handle: 'tom_okafor', note: 'f' },
    ]);
  });
});
