/**
 * The customers area's problems in Korean (utils/i18n/messages/problems-customers.ts): what a Korean
 * agent reads when a CSV or a backup is refused. The English texts are asserted by the other tests
 * in this folder; the storage-full alert, which only the e2e failure test reaches, is pinned here too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/data/backup/parse';
import { describeTarget, mapColumns } from '@/utils/customers/csv/columns';
import { decodeFile, ENCODING_LABEL, MAX_IMPORT_BYTES, sizeProblem } from '@/utils/customers/csv/decode';
import { analyzeCsv } from '@/utils/customers/csv/parse';
import { parseCsv } from './parse-csv';
import { createImportSession, storageFullMessage, type ImportReply } from '@/utils/customers/csv/session';
import { setProblemLocale } from '@/utils/i18n/problems';

afterEach(() => setProblemLocale('en'));

const MiB = 1024 * 1024;
const backup = (change: Record<string, unknown>) =>
  JSON.stringify({
    format: 'careline-backup',
    version: 1,
    exportedAt: '2026-11-29T00:00:00.000Z',
    dbVersion: 4,
    customers: [],
    events: [],
    templates: [],
    packs: [],
    ...change,
  });
const customer = {
  handle: 'minji_kim',
  displayHandle: 'minji_kim',
  tags: [],
  attributes: {},
  createdAt: 'c',
  updatedAt: 'u',
};
const refusal = (text: string) => {
  const result = parseBackup(text, 4);
  return result.ok ? 'accepted' : result.error;
};

describe('customer CSV problems in Korean', () => {
  it('refuses a file too large, in MB as the agent sees them', () => {
    setProblemLocale('ko');
    expect(sizeProblem(60 * MiB)).toBe(
      '이 파일의 크기는 60.0MB입니다. Careline은 50MB 이하의 고객 파일만 가져올 수 있습니다. 파일을 더 작게 나눈 뒤 하나씩 차례로 가져오세요.',
    );
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('refuses a file that is neither UTF-8 nor CP949', async () => {
    setProblemLocale('ko');
    const utf16 = new Blob([new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00])]);
    await expect(decodeFile(utf16)).rejects.toThrow(
      '이 파일은 UTF-8 또는 CP949/EUC-KR 텍스트가 아닙니다. 스프레드시트 프로그램에서 "CSV UTF-8(쉼표로 분리)" 형식으로 저장한 뒤 다시 선택하세요.',
    );
  });

  it('refuses an empty file; one without a handle column waits for the agent to map one', () => {
    setProblemLocale('ko');
    const empty =
      '파일이 비어 있습니다. 첫 행에 머리글(핸들, 이름 등)을 넣고, 그 아래에 고객 한 명당 한 행씩 입력해야 합니다.';
    expect(() => analyzeCsv('')).toThrow(empty);
    expect(() => analyzeCsv('\r\n\r\n')).toThrow(empty);
    const unkeyed = analyzeCsv('이름,이메일\n김민지,a@example.com\n');
    expect(unkeyed.mapping.key).toBe('none');
    expect(unkeyed.winners.size).toBe(0);
  });

  it('says what is wrong with each row, and which duplicate row wins', () => {
    setProblemLocale('ko');
    const csv = [
      'handle,email',
      ',a@example.com',
      'bad handle!,b@example.com',
      'sarah_j,sarah@@example',
      'ben,ben@example.com,extra',
      'ok_1,x@example.com',
      'OK_1,y@example.com',
      'ok_2,"unterminated',
    ].join('\n');
    const { problems, warnings } = parseCsv(csv);
    expect(problems).toEqual([
      { row: 2, message: '핸들이 비어 있습니다' },
      {
        row: 3,
        message:
          '핸들 "bad handle!"이(가) 올바르지 않습니다(영문, 숫자, _로 된 1~15자이며 앞의 @는 있어도 되고 없어도 됩니다)',
      },
      { row: 4, message: '이메일 "sarah@@example"의 형식이 올바르지 않습니다' },
      { row: 5, message: '셀이 3개인데 머리글은 2열입니다(값에 쉼표가 있으면 값을 큰따옴표 "..."로 감싸야 합니다)' },
      { row: 8, message: '이메일 "unterminated"의 형식이 올바르지 않습니다; 큰따옴표로 시작한 값이 닫히지 않았습니다' },
    ]);
    expect(warnings).toEqual([
      { row: 7, message: '@OK_1은(는) 6행에도 있습니다. 뒤쪽에 있는 이 행을 가져오고 6행은 건너뜁니다' },
    ]);
  });

  it('names the Careline fields and the encoding in the language of the page that shows them', () => {
    const targets = () =>
      mapColumns(['handle', '고객번호', '', '가입매장', '가입매장']).columns.map((c) => describeTarget(c.target));
    setProblemLocale('ko');
    expect(targets()).toEqual([
      '핸들',
      '고객번호',
      '가져오지 않음(머리글 없음)',
      '사용자 지정 속성',
      '가져오지 않음(앞 열과 머리글이 같음)',
    ]);
    expect(ENCODING_LABEL['utf-8-bom']).toBe('UTF-8 (BOM 포함)');
    setProblemLocale('en');
    expect(targets()).toEqual([
      'handle',
      'customer_id',
      'not imported (no header)',
      'custom attribute',
      'not imported (same header as an earlier column)',
    ]);
    expect(ENCODING_LABEL['utf-8-bom']).toBe('UTF-8 (with BOM)');
  });
});

describe('the import session in Korean', () => {
  it('reports in the language of the request (the worker has no other way to know it)', async () => {
    const replies: ImportReply[] = [];
    const handle = createImportSession((reply) => replies.push(reply));
    await handle({ type: 'import', validOnly: false, locale: 'ko' });
    expect(replies.at(-1)).toEqual({ type: 'failed', message: '먼저 파일을 선택하세요.' });
    await handle({ type: 'analyze', file: new File(['handle\n\nbad handle!\n'], 'bad.csv'), locale: 'ko' });
    expect(replies.at(-1)).toMatchObject({
      type: 'preview',
      preview: { problems: [{ row: 3, message: expect.stringMatching(/^핸들 "bad handle!"이\(가\)/) }] },
    });
    await handle({ type: 'import', validOnly: false, locale: 'ko' });
    expect(replies.at(-1)).toEqual({
      type: 'failed',
      message: '가져온 고객이 없습니다. 문제가 있는 행이 1개 있습니다.',
    });
  });

  it('says what a full disk left saved, with grouped numbers', () => {
    setProblemLocale('ko');
    expect(storageFullMessage(10_000, 25_000, 5_000)).toBe(
      '저장 공간이 가득 차서 브라우저가 고객 정보를 더 저장하지 못했습니다. 고객 25,000명 중 10,000명은 저장되었지만(5,000명씩 앞선 묶음), ' +
        '다음 묶음 5,000명과 파일의 나머지는 저장되지 않았습니다. ' +
        "디스크 공간을 확보하거나 '데이터' 섹션에서 오래된 데이터를 삭제한 뒤 파일을 다시 가져오세요. 이미 저장된 고객은 중복되지 않고 업데이트됩니다.",
    );
    expect(storageFullMessage(0, 3_000, 5_000)).toBe(
      '저장 공간이 가득 차서 브라우저가 고객 정보를 더 저장하지 못했습니다. 고객이 한 명도 저장되지 않았습니다(첫 묶음 3,000명과 파일의 나머지 모두). ' +
        "디스크 공간을 확보하거나 '데이터' 섹션에서 오래된 데이터를 삭제한 뒤 파일을 다시 가져오세요. 이미 저장된 고객은 중복되지 않고 업데이트됩니다.",
    );
  });

  it('keeps the English storage-full alert word for word', () => {
    const tail =
      'Free up disk space or erase old data (Data section), then import the file again: customers already saved are updated, not duplicated.';
    expect(storageFullMessage(10_000, 25_000, 5_000)).toBe(
      'Storage is full: the browser refused to save more customers. 10,000 of 25,000 customers were saved (earlier chunks of 5,000); ' +
        `none of the next 5,000, nor the rest of the file. ${tail}`,
    );
    expect(storageFullMessage(0, 3_000, 5_000)).toBe(
      `Storage is full: the browser refused to save more customers. No customers were saved; none of the next 3,000, nor the rest of the file. ${tail}`,
    );
  });
});

describe('backup refusals in Korean', () => {
  it('refuses another format, an empty file and text that is not JSON', () => {
    setProblemLocale('ko');
    expect(refusal('{"format": "careline-templates", "version": 1}')).toBe(
      'format: Careline 백업 파일이 아닙니다("format"이 "careline-backup"이어야 하는데 "careline-templates"입니다)',
    );
    expect(refusal('{"version": 1}')).toBe(
      'format: Careline 백업 파일이 아닙니다("format": "careline-backup" 항목이 없습니다)',
    );
    expect(refusal('[1, 2]')).toBe(
      'Careline 백업 파일이 아닙니다("format": "careline-backup" 항목이 있는 JSON 객체여야 합니다)',
    );
    expect(refusal('\uFEFF  ')).toBe('파일이 비어 있습니다. Careline 백업 파일(JSON)을 선택하세요');
    // The reason after the position comes from the JSON scanner (utils/templates/pack/json-error.ts).
    expect(refusal('{"format": "careline-backup",\n  "version": 1,,}')).toMatch(
      /^JSON 형식이 올바르지 않습니다\(2행 16열: .+\)$/,
    );
  });

  it('refuses a template body over its length cap', () => {
    setProblemLocale('ko');
    const template = {
      id: 't',
      title: 'T',
      body: 'x'.repeat(10_001),
      locked: false,
      usageCount: 0,
      createdAt: 'c',
      updatedAt: 'u',
    };
    expect(refusal(backup({ templates: [template] }))).toBe(
      'templates[0].body: 너무 깁니다: 10001자입니다. 최대 10000자까지 쓸 수 있습니다',
    );
  });

  it('refuses another version or a newer database', () => {
    setProblemLocale('ko');
    expect(refusal(backup({ version: 2 }))).toBe(
      'version: Careline은 버전 1 백업만 읽을 수 있는데, 이 파일은 버전 2입니다',
    );
    expect(refusal(backup({ version: undefined }))).toBe(
      'version: Careline은 버전 1 백업만 읽을 수 있는데, 이 파일에는 버전 정보가 없습니다',
    );
    expect(refusal(backup({ dbVersion: 99 }))).toBe(
      'dbVersion: 더 새로운 Careline에서 만든 백업입니다(데이터베이스 버전 99, 지금 Careline은 4). 먼저 Careline을 업데이트하세요',
    );
  });

  it('says what is wrong with a field, and where', () => {
    setProblemLocale('ko');
    const { tags: _tags, ...untagged } = customer;
    expect(refusal(backup({ customers: [untagged] }))).toBe('customers[0].tags: 필수 항목입니다');
    expect(refusal(backup({ customers: [{ ...customer, name: 5 }] }))).toBe(
      'customers[0].name: 문자열 형식이어야 하는데 지금은 5입니다',
    );
    expect(refusal(backup({ customers: [{ ...customer, handle: 'Minji_Kim' }] }))).toBe(
      'customers[0].handle: @ 없이 소문자로 쓴 핸들이어야 합니다',
    );
    expect(refusal(backup({ customers: [customer, customer] }))).toBe(
      'customers[1].handle: "minji_kim" 값이 customers[0].handle에도 있습니다. 이 값은 중복될 수 없습니다',
    );
    expect(
      refusal(backup({ events: [{ customerHandle: 'minji_kim', kind: 'call', at: '2026-11-29T00:00:00Z' }] })),
    ).toBe(
      'events[0].kind: 다음 중 하나여야 하는데 지금은 "call"입니다: "reply-sent", "reply-draft", "note", "tag-added", "tag-removed", "handoff", "handoff-sent", "handoff-failed", "import", "linked", "unlinked", "renamed", "ticket-status"',
    );
    expect(
      refusal(backup({ events: [{ id: 0, customerHandle: 'minji_kim', kind: 'note', at: '2026-11-29T00:00:00Z' }] })),
    ).toBe('events[0].id: 0보다 커야 합니다');
    expect(refusal(backup({ events: [{ customerHandle: 'minji_kim', kind: 'note', at: 'yesterday' }] }))).toBe(
      'events[0].at: ISO-8601 형식의 날짜여야 합니다(예: 2026-11-29T09:00:00.000Z)',
    );
    expect(refusal(backup({ packs: [{ id: '', name: 'p', updatedAt: 'u', importedAt: 'i' }] }))).toBe(
      'packs[0].id: 비워 둘 수 없습니다',
    );
    expect(refusal(backup({ settings: { retentionDays: 1.5 } }))).toBe(
      'settings.retentionDays: 일 수(정수) 또는 null이어야 합니다',
    );
  });

  it('says the same issues in English', () => {
    const { tags: _tags, ...untagged } = customer;
    expect(refusal(backup({ customers: [untagged] }))).toBe('customers[0].tags: required');
    expect(refusal(backup({ customers: [{ ...customer, handle: 'Minji_Kim' }] }))).toBe(
      'customers[0].handle: expected the lower-case handle without @',
    );
    expect(refusal(backup({ version: undefined }))).toBe(
      'version: Careline reads version 1 backups; this is version undefined',
    );
  });
});
