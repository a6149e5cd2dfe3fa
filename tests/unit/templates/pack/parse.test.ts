import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS, MAX_VARIANT_CHARS } from '@/utils/templates/limits';
import { MAX_PACK_BYTES } from '@/utils/templates/pack/format';
import { parsePack } from '@/utils/templates/pack/parse';
import { json, NOW, samplePack } from './fixtures';

/** Parses a modified sample pack and returns the refusal. */
function refusal(edit: (p: ReturnType<typeof samplePack>) => void) {
  const pack = samplePack();
  edit(pack);
  const result = parsePack(json(pack));
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('parsePack: accepted packs', () => {
  it('reads the contract example, keeping unknown fields where they were', () => {
    const result = parsePack(json(samplePack()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.pack).toEqual({
      id: 'cs-team',
      name: 'CS team replies',
      updatedAt: '2026-11-29T00:00:00Z',
      owner: 'lead@example.com',
    });
    expect(result.pack.templates[0]?.approvedBy).toEqual({ name: 'Minji', at: '2026-11-28' });
    expect(result.pack.templates[1]?.shortcut).toBe('감사');
  });

  it('accepts a UTF-8 byte order mark and defaults pack.updatedAt to now', () => {
    const pack = samplePack();
    delete pack.pack.updatedAt;
    const result = parsePack(`\uFEFF${json(pack)}`, undefined, NOW);
    expect(result.ok && result.pack.pack.updatedAt).toBe(NOW);
  });

  it('accepts a pack with no templates (a lead emptied it)', () => {
    expect(parsePack(json({ ...samplePack(), templates: [] })).ok).toBe(true);
  });
});

describe('parsePack: refusals name the bad field', () => {
  it.each([
    [
      'format missing',
      (p: ReturnType<typeof samplePack>) => delete p.format,
      'format',
      'format: required ("careline-templates"): is this a Careline template pack?',
    ],
    [
      'wrong format',
      (p: ReturnType<typeof samplePack>) => (p.format = 'zammad-text-modules'),
      'format',
      'format: expected "careline-templates", got "zammad-text-modules"',
    ],
    ['version missing', (p: ReturnType<typeof samplePack>) => delete p.version, 'version', 'version: required'],
    [
      'version as text',
      (p: ReturnType<typeof samplePack>) => (p.version = '1'),
      'version',
      'version: expected the number 1, got "1"',
    ],
    [
      'newer version',
      (p: ReturnType<typeof samplePack>) => (p.version = 2),
      'version',
      'version: Careline reads version 1 packs; this is version 2',
    ],
    [
      'pack missing',
      (p: ReturnType<typeof samplePack>) => delete (p as Record<string, unknown>).pack,
      'pack',
      'pack: required',
    ],
    ['pack.id missing', (p: ReturnType<typeof samplePack>) => delete p.pack.id, 'pack.id', 'pack.id: required'],
    [
      'pack.id with a slash',
      (p: ReturnType<typeof samplePack>) => (p.pack.id = 'cs/team'),
      'pack.id',
      'pack.id: must not contain "/" or spaces',
    ],
    ['pack.name missing', (p: ReturnType<typeof samplePack>) => delete p.pack.name, 'pack.name', 'pack.name: required'],
    [
      'pack.updatedAt not a date',
      (p: ReturnType<typeof samplePack>) => (p.pack.updatedAt = 'yesterday'),
      'pack.updatedAt',
      'pack.updatedAt: expected an ISO-8601 date such as "2026-11-29T00:00:00Z"',
    ],
    [
      'templates missing',
      (p: ReturnType<typeof samplePack>) => delete (p as Record<string, unknown>).templates,
      'templates',
      'templates: required',
    ],
    [
      'templates not an array',
      (p: ReturnType<typeof samplePack>) => ((p as Record<string, unknown>).templates = {}),
      'templates',
      'templates: expected an array, got an object',
    ],
    [
      'template not an object',
      (p: ReturnType<typeof samplePack>) => ((p.templates as unknown[])[1] = 'hello'),
      'templates[1]',
      'templates[1]: expected an object, got "hello"',
    ],
    [
      'title missing',
      (p: ReturnType<typeof samplePack>) => delete p.templates[2]?.title,
      'templates[2].title',
      'templates[2].title: required',
    ],
    [
      'id missing',
      (p: ReturnType<typeof samplePack>) => delete p.templates[0]?.id,
      'templates[0].id',
      'templates[0].id: required',
    ],
    [
      'blank id',
      (p: ReturnType<typeof samplePack>) => (p.templates[0]!.id = '  '),
      'templates[0].id',
      'templates[0].id: must not be empty',
    ],
    [
      'body missing',
      (p: ReturnType<typeof samplePack>) => delete p.templates[1]?.body,
      'templates[1].body',
      'templates[1].body: required',
    ],
    [
      'body not text',
      (p: ReturnType<typeof samplePack>) => (p.templates[1]!.body = 42),
      'templates[1].body',
      'templates[1].body: expected a string, got 42',
    ],
    [
      'tag not text',
      (p: ReturnType<typeof samplePack>) => (p.templates[2]!.tags = ['dm', null]),
      'templates[2].tags[1]',
      'templates[2].tags[1]: expected a string, got null',
    ],
    [
      'variant not text',
      (p: ReturnType<typeof samplePack>) => (p.templates[0]!.variants = { 'zh-TW': ['x'] }),
      'templates[0].variants["zh-TW"]',
      'templates[0].variants["zh-TW"]: expected a string, got an array',
    ],
    [
      'shortcut with a space',
      (p: ReturnType<typeof samplePack>) => (p.templates[1]!.shortcut = 'thank you'),
      'templates[1].shortcut',
      'templates[1].shortcut: use letters, digits, _ or - only, no spaces (agents type ;shortcut)',
    ],
    [
      'shortcut with the ; prefix',
      (p: ReturnType<typeof samplePack>) => (p.templates[1]!.shortcut = ';thanks'),
      'templates[1].shortcut',
      'templates[1].shortcut: use letters, digits, _ or - only, no spaces (agents type ;shortcut)',
    ],
    [
      'duplicate ids',
      (p: ReturnType<typeof samplePack>) => (p.templates[2]!.id = 'activation-delay'),
      'templates[2].id',
      'templates[2].id: "activation-delay" is also the id of templates[0]; ids must be unique in a pack',
    ],
  ])('%s', (_name, edit, path, error) => {
    expect(refusal(edit)).toEqual({ ok: false, path, error });
  });

  it('reports format and version before anything else in the file', () => {
    const result = parsePack(json({ format: 'careline-templates', version: 2, templates: [{}] }));
    expect(result).toMatchObject({ ok: false, path: 'version' });
  });

  it('says where invalid JSON breaks, with line and column', () => {
    const text = '{\n  "format": "careline-templates",\n  "version": 1,\n  "templates": [ { "id": "a", } ]\n}';
    expect(parsePack(text)).toEqual({
      ok: false,
      error: 'Not valid JSON at line 4, column 31: trailing comma before "}".',
    });
    expect(parsePack('{"format": "careline-templates"')).toMatchObject({
      error: expect.stringMatching(/^Not valid JSON at line 1, column 32: the file ends too early/),
    });
    expect(parsePack('{"title": "줄\n바꿈"}')).toMatchObject({
      error: expect.stringContaining('line 1, column 13: line break or control character inside a string'),
    });
    expect(parsePack("{'format': 1}")).toMatchObject({
      error: 'Not valid JSON at line 1, column 2: expected a "quoted" property name, found "\'".',
    });
  });

  it('refuses an empty file and a file that is not a JSON object', () => {
    expect(parsePack('  \n')).toEqual({
      ok: false,
      error: 'The file is empty: expected a Careline template pack (JSON).',
    });
    expect(parsePack('[]')).toEqual({
      ok: false,
      error: 'Expected a JSON object with "format": "careline-templates", got an array.',
    });
  });
});

describe('parsePack: size limit', () => {
  it('refuses a file over 5 MB from its size alone, before parsing', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const result = parsePack(json(samplePack()), MAX_PACK_BYTES + 1);
      expect(result).toEqual({ ok: false, error: 'The pack is 5 MB; Careline reads packs up to 5 MB.' });
      expect(parsePack('{}', 6 * 1024 * 1024)).toEqual({
        ok: false,
        error: 'The pack is 6 MB; Careline reads packs up to 5 MB.',
      });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('measures UTF-8 bytes when no size is given: Korean text is 3 bytes a syllable', () => {
    // Spread over templates of MAX_BODY_CHARS each: one body that long is refused by its own cap.
    const templates = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `t${i}`, title: 'Big', body: '가'.repeat(MAX_BODY_CHARS) }));
    const pack = { ...samplePack(), templates: templates(180) }; // 1.8 M characters, 5.4 MB of UTF-8
    expect(parsePack(json(pack))).toMatchObject({ ok: false, error: expect.stringMatching(/^The pack is 5\.2 MB/) });
    expect(parsePack(json({ ...pack, templates: templates(100) })).ok).toBe(true);
  });
});

describe('parsePack: length caps (issue 11: a compromised pack must not freeze every panel)', () => {
  it('refuses a body, title or variant over its cap with the field, the length and the cap', () => {
    expect(refusal((p) => (p.templates[1]!.body = `{{${' '.repeat(MAX_BODY_CHARS)}`))).toEqual({
      ok: false,
      path: 'templates[1].body',
      error: `templates[1].body: too long: ${MAX_BODY_CHARS + 2} characters, at most ${MAX_BODY_CHARS}`,
    });
    expect(refusal((p) => (p.templates[0]!.title = 'T'.repeat(MAX_TITLE_CHARS + 1)))).toMatchObject({
      path: 'templates[0].title',
      error: `templates[0].title: too long: ${MAX_TITLE_CHARS + 1} characters, at most ${MAX_TITLE_CHARS}`,
    });
    expect(refusal((p) => (p.templates[0]!.variants = { en: 'x'.repeat(MAX_VARIANT_CHARS + 1) }))).toMatchObject({
      path: 'templates[0].variants.en',
      error: expect.stringContaining('too long'),
    });
  });

  it('accepts parts exactly at their caps', () => {
    const pack = samplePack();
    Object.assign(pack.templates[0]!, {
      title: 'T'.repeat(MAX_TITLE_CHARS),
      body: 'b'.repeat(MAX_BODY_CHARS),
      variants: { en: 'v'.repeat(MAX_VARIANT_CHARS) },
    });
    expect(parsePack(json(pack)).ok).toBe(true);
  });
});
