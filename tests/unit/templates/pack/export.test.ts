import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CarelineDatabase } from '@/utils/db/database';
import { packsRepo } from '@/utils/db/packs-repo';
import { templatesRepo } from '@/utils/db/templates-repo';
import { exportPack, packToJson } from '@/utils/templates/pack/export';
import { parsePack } from '@/utils/templates/pack/parse';
import { importPackText, planImport, applyImport } from '@/utils/templates/pack/plan';
import { freshDb, json, NOW, personal, samplePack } from './fixtures';

let db: CarelineDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('exportPack', () => {
  it('round-trips an imported pack through the database, unknown fields included', async () => {
    db = freshDb();
    const deps = { templates: templatesRepo(db), packs: packsRepo(db), now: NOW };
    const original = samplePack();
    const imported = await importPackText(json(original), undefined, deps);
    if (!imported.ok) throw new Error(imported.error);
    await applyImport(imported.plan, deps.packs);
    await deps.templates.recordUse('cs-team/thanks');

    const stored = await deps.packs.get('cs-team');
    const exported = exportPack(await deps.templates.listByPack('cs-team'), stored!);
    const reread = parsePack(packToJson(exported));
    // The library does not store file order: listByPack gives id order.
    const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));
    expect(reread.ok && reread.pack).toEqual({ ...original, templates: [...original.templates].sort(byId) });
  });

  it('leaves Careline bookkeeping out and writes the contract fields', () => {
    const [record] = planImport(parsePackOrThrow(json(samplePack())), [], { now: NOW }).templates;
    const file = exportPack([{ ...record!, usageCount: 12, lastUsedAt: NOW }], {
      id: 'mine',
      name: 'Mine',
      updatedAt: NOW,
    });
    expect(file).toMatchObject({
      format: 'careline-templates',
      version: 1,
      pack: { id: 'mine', name: 'Mine', updatedAt: NOW },
    });
    expect(Object.keys(file.templates[0]!)).toEqual([
      'id',
      'title',
      'shortcut',
      'folder',
      'tags',
      'lang',
      'body',
      'variants',
      'approvedBy',
    ]);
    expect(file.templates[0]!.id).toBe('activation-delay');
  });

  it("exports the agent's own templates under their ids, with unique ids when two packs share one", () => {
    const mine = { ...personal('t-1', '내 답장'), shortcut: '' };
    const a = { ...personal('a/thanks', 'A'), packId: 'a', packItemId: 'thanks', locked: true };
    const b = { ...personal('b/thanks', 'B'), packId: 'b', packItemId: 'thanks', locked: true };
    const file = exportPack([mine, a, b], { id: 'folder-export', name: 'Export' });
    expect(file.templates.map((t) => t.id)).toEqual(['t-1', 'thanks', 'thanks-2']);
    expect(file.templates[0]).not.toHaveProperty('shortcut'); // "" means none, and would be refused on import
    expect(Date.parse(file.pack.updatedAt)).not.toBeNaN();
    expect(parsePack(packToJson(file)).ok).toBe(true);
  });

  it('never lets extra fields override the fields Careline owns', () => {
    const record = { ...personal('t-1', 'Real title'), extra: { title: 'Spoofed', note: 'kept' } };
    const file = exportPack([record], { id: 'p', name: 'P', updatedAt: NOW, extra: { id: 'spoof', owner: 'x' } });
    expect(file.templates[0]).toMatchObject({ title: 'Real title', note: 'kept' });
    expect(file.pack).toEqual({ id: 'p', name: 'P', updatedAt: NOW, owner: 'x' });
  });
});

describe('packToJson', () => {
  it('is pretty, keeps Korean readable and always encodes to valid UTF-8', () => {
    const file = exportPack([{ ...personal('t-1', '감사 인사'), body: `broken \uD800 surrogate` }], {
      id: 'p',
      name: 'P',
      updatedAt: NOW,
    });
    const text = packToJson(file);
    expect(text).toContain('\n  "format": "careline-templates",');
    expect(text).toContain('"title": "감사 인사"');
    expect(text).toContain('\\ud800');
    expect(text.endsWith('}\n')).toBe(true);
    const bytes = new TextEncoder().encode(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
  });
});

function parsePackOrThrow(text: string) {
  const result = parsePack(text);
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}
