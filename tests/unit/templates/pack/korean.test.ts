/**
 * Pack problems in Korean: with the context's language set to Korean (as the options page does for a
 * Korean team), a refused file or address says why in Korean; paths and JSON punctuation stay as written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setProblemLocale } from '@/utils/i18n/problems';
import { MAX_PACK_BYTES } from '@/utils/templates/pack/format';
import { parsePack } from '@/utils/templates/pack/parse';
import { subscribeToPack, validatePackUrl } from '@/utils/templates/pack/subscription';
import { json, samplePack } from './fixtures';

beforeEach(() => setProblemLocale('ko'));
afterEach(() => setProblemLocale('en'));

describe('parsePack in Korean', () => {
  it('refuses an empty file', () => {
    expect(parsePack('  \n')).toEqual({
      ok: false,
      error: '파일이 비어 있습니다. Careline 템플릿 팩(JSON) 파일이어야 합니다.',
    });
  });

  it('says where invalid JSON breaks, with line and column', () => {
    const text = '{\n  "format": "careline-templates",\n  "version": 1,\n  "templates": [ { "id": "a", } ]\n}';
    expect(parsePack(text)).toEqual({
      ok: false,
      error: 'JSON 형식이 올바르지 않습니다(줄 4, 열 31): "}" 앞에 불필요한 쉼표가 있습니다.',
    });
    expect(parsePack('{"format": "careline-templates"')).toEqual({
      ok: false,
      error: 'JSON 형식이 올바르지 않습니다(줄 1, 열 32): 파일이 중간에 끝났습니다(}, ], " 중 하나가 빠졌습니다).',
    });
  });

  it('refuses a pack from a newer Careline and a file that is not a pack', () => {
    expect(parsePack(json({ ...samplePack(), version: 2 }))).toEqual({
      ok: false,
      path: 'version',
      error: 'version: 이 Careline은 버전 1 팩만 읽을 수 있는데 이 팩은 버전 2입니다',
    });
    expect(parsePack('[]')).toEqual({
      ok: false,
      error:
        'Careline 템플릿 팩은 "format": "careline-templates" 항목이 있는 JSON 객체여야 하는데 이 파일은 배열입니다.',
    });
  });

  it('names the field, worded when the file is checked (not when the schema was built)', () => {
    const pack = samplePack();
    delete pack.templates[2]?.title;
    expect(parsePack(json(pack))).toEqual({
      ok: false,
      path: 'templates[2].title',
      error: 'templates[2].title: 필수 항목입니다',
    });

    const typed = samplePack();
    typed.templates[1]!.body = 42;
    expect(parsePack(json(typed))).toMatchObject({
      error: 'templates[1].body: 문자열 형식이어야 하는데 지금은 42입니다',
    });

    const shortcut = samplePack();
    shortcut.templates[1]!.shortcut = 'thank you';
    expect(parsePack(json(shortcut))).toMatchObject({
      error:
        'templates[1].shortcut: 글자, 숫자, _, -만 쓸 수 있고 공백은 넣을 수 없습니다(상담사가 ;단축어로 입력합니다)',
    });

    // The same schema, back in English: messages follow the language at validation time.
    setProblemLocale('en');
    expect(parsePack(json(shortcut))).toMatchObject({
      error: 'templates[1].shortcut: use letters, digits, _ or - only, no spaces (agents type ;shortcut)',
    });
  });

  it('refuses a body over its length cap in Korean', () => {
    const pack = samplePack();
    pack.templates[0]!.body = 'x'.repeat(10_001);
    expect(parsePack(json(pack))).toMatchObject({
      error: 'templates[0].body: 너무 깁니다: 10001자입니다. 최대 10000자까지 쓸 수 있습니다',
    });
  });

  it('refuses a file over the limit', () => {
    expect(parsePack('{}', MAX_PACK_BYTES + 1)).toEqual({
      ok: false,
      error: '팩 크기가 5MB입니다. Careline은 5MB까지의 팩만 읽을 수 있습니다.',
    });
  });
});

describe('validatePackUrl in Korean', () => {
  it.each([
    ['https://packs.example.com/a.json', null],
    [
      'http://packs.example.com/a.json',
      '팩 주소는 https://를 사용해야 합니다(http://는 localhost와 127.0.0.1에만 쓸 수 있습니다)',
    ],
    ['', 'https://로 시작하는 팩 주소를 입력해 주세요'],
    ['ftp://packs.example.com/a.json', '팩 주소는 https://로 시작해야 합니다(이 주소는 ftp:입니다)'],
  ])('%j', (url, expected) => {
    expect(validatePackUrl(url)).toBe(expected);
  });
});

describe('subscribeToPack in Korean', () => {
  it('says what the server answered', async () => {
    const notFound = vi.fn<typeof fetch>(async () => new Response('', { status: 404, statusText: 'Not Found' }));
    expect(await subscribeToPack('https://packs.example.com/a.json', notFound)).toEqual({
      ok: false,
      error: 'packs.example.com 서버 응답: 404 Not Found',
    });
  });
});
