/** Shared pack fixtures: a fresh fake-indexeddb database per test, and a small Korean/English pack. */
// Test files import 'fake-indexeddb/auto' themselves, first: Dexie looks for indexedDB when it loads.
import { freshDbs } from '../../fresh-db';
import type { TemplateRecord } from '@/utils/db/types';

export const NOW = '2026-12-01T09:00:00.000Z';

/** Deleted after each test of the file that imports it. */
export const freshDb = freshDbs();

/** A plain JSON pack as a team lead would write it (unknown fields included on purpose). */
export function samplePack(): Record<string, unknown> & {
  pack: Record<string, unknown>;
  templates: Record<string, unknown>[];
} {
  return {
    format: 'careline-templates',
    version: 1,
    pack: { id: 'cs-team', name: 'CS team replies', updatedAt: '2026-11-29T00:00:00Z', owner: 'lead@example.com' },
    templates: [
      {
        id: 'activation-delay',
        title: '개통 지연 사과',
        shortcut: 'delay',
        folder: 'Activation',
        tags: ['apology'],
        lang: 'ko',
        body: '{{customer.name | "고객"}}님, 불편을 드려 죄송합니다. {{input:예상 시간}} 안에 처리해 드리겠습니다.',
        variants: { en: 'Sorry for the wait, {{customer.name | "there"}}. We\'ll fix it within {{input:ETA}}.' },
        approvedBy: { name: 'Minji', at: '2026-11-28' },
      },
      { id: 'thanks', title: 'Thanks', shortcut: '감사', body: 'Thank you, {{customer.name}}!{{cursor}}' },
      { id: 'dm', title: 'Move to DM', body: 'Please send us a DM.', tags: ['dm', 'privacy'] },
    ],
  };
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** An agent's own template, to check packs never touch it. */
export function personal(id: string, title: string): TemplateRecord {
  return { id, title, body: 'mine', locked: false, usageCount: 3, createdAt: NOW, updatedAt: NOW };
}
