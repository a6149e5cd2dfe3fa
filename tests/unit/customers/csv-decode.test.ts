import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { CsvFileError, decodeBytes, decodeFile, MAX_IMPORT_BYTES, sizeProblem } from '@/utils/customers/csv/decode';
import { parseCsv } from './parse-csv';

const MiB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);
const cp949 = (s: string) => new Uint8Array(iconv.encode(s, 'cp949'));

describe('decodeBytes', () => {
  it('tells UTF-8 with and without a BOM apart and drops the BOM', () => {
    const text = '핸들,이름\nminji_kim,김민지\n';
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(utf8(`\uFEFF${text}`))).toEqual({ text, encoding: 'utf-8-bom' });
  });

  // Characters outside strict EUC-KR (똠) are checked in real Chromium (e2e, customers-cp949.csv):
  // Chromium's 'euc-kr' is the WHATWG (CP949) decoder, Node's ICU one is strict EUC-KR.
  it('reads CP949', () => {
    const text = '핸들,이름,메모\nhana_yoon,윤하나,"요금제 변경, 12월 적용"\n';
    expect(decodeBytes(cp949(text))).toEqual({ text, encoding: 'cp949' });
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('handle\nsarah_j_miller\n')).encoding).toBe('utf-8');
  });
});

describe('decodeFile', () => {
  it('refuses a file over 50 MB with a message, without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const huge = { size: MAX_IMPORT_BYTES + 1, arrayBuffer } as unknown as Blob;
    await expect(decodeFile(huge)).rejects.toThrow(CsvFileError);
    await expect(decodeFile(huge)).rejects.toThrow(/50\.0 MB; Careline imports customer files up to 50 MB/);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('reads a file of exactly 50 MB', async () => {
    const file = new Blob([new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)]);
    expect((await decodeFile(file)).text.length).toBe(MAX_IMPORT_BYTES);
  });

  it('refuses UTF-16 and bytes that are neither UTF-8 nor CP949', async () => {
    const utf16 = new Blob([new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00])]);
    await expect(decodeFile(utf16)).rejects.toThrow(/neither UTF-8 nor CP949/);
    await expect(decodeFile(new Blob([new Uint8Array([0x68, 0xff, 0xff, 0x0a])]))).rejects.toThrow(
      /neither UTF-8 nor CP949/,
    );
  });
});

/**
 * A CSV whose Hangul characters straddle every MiB boundary: the bytes of one character sit on both
 * sides of 1,048,576, 2,097,152 and 3,145,728. Returns the bytes and the rows as written.
 */
function straddlingCsv(encode: (s: string) => Uint8Array<ArrayBuffer>, boundaries: number[]) {
  const header = 'handle,name,plan,note\n';
  const parts = [header];
  const rows: string[][] = [];
  let bytes = encode(header).length;
  let i = 0;
  const todo = [...boundaries];
  while (todo.length) {
    const boundary = todo[0] as number;
    let row: string[];
    if (boundary - bytes < 300) {
      // "pad0,aaaa…한글" with the first byte of 한 at boundary - 1.
      const prefix = `pad${todo.length},`;
      const n = boundary - 1 - bytes - encode(prefix).length;
      row = [`pad${todo.length}`, `${'a'.repeat(n)}한글이름`, '경계 요금제', '경계를 넘는 메모'];
      todo.shift();
    } else {
      const k = i++;
      row = [
        `user_${k}`,
        k % 2 ? `김민지${k}` : `Sarah Miller ${k}`,
        k % 3 ? '5G 프리미어 플러스' : 'Global Roaming',
        `메모 ${k}: 요금 문의와 USIM 교체`,
      ];
    }
    const line = `${row.join(',')}\n`;
    rows.push(row);
    parts.push(line);
    bytes += encode(line).length;
  }
  return { bytes: encode(parts.join('')), rows };
}

describe('multibyte characters across 1 MiB boundaries (papaparse #1132)', () => {
  const boundaries = [MiB, 2 * MiB, 3 * MiB];
  for (const [name, encode, expected] of [
    ['UTF-8', utf8, 'utf-8'],
    ['CP949', cp949, 'cp949'],
  ] as const) {
    it(`${name}: decode + parse round-trips every row byte for byte`, async () => {
      const { bytes, rows } = straddlingCsv(encode, boundaries);
      // The straddle is real: decoding the first MiB on its own (what File streaming does) mangles it.
      const label = name === 'UTF-8' ? 'utf-8' : 'euc-kr';
      for (const b of boundaries) {
        const left = new TextDecoder(label).decode(bytes.subarray(0, b));
        expect(left.endsWith('\uFFFD'), `a character straddles ${b}`).toBe(true);
      }
      const decoded = await decodeFile(new Blob([bytes]));
      expect(decoded.encoding).toBe(expected);
      const parsed = parseCsv(decoded.text);
      expect(parsed.problems).toEqual([]);
      const back = parsed.rows.map((r) => [r.handle, r.name, r.plan, r.note]);
      // The first differing row, rather than a 40,000-row diff.
      const firstDiff = back.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(rows[i]));
      expect(firstDiff === -1 ? null : [back[firstDiff], rows[firstDiff]]).toBeNull();
      expect(back.length).toBe(rows.length);
      const rewritten = encode(`handle,name,plan,note\n${back.map((r) => `${r.join(',')}\n`).join('')}`);
      expect(Buffer.from(rewritten).equals(Buffer.from(bytes))).toBe(true);
      expect(parsed.rows.filter((r) => r.handle?.startsWith('pad')).map((r) => r.name?.slice(-4))).toEqual([
        '한글이름',
        '한글이름',
        '한글이름',
      ]);
    });
  }
});
