/**
 * The review rule for subscription updates (review.ts): an update whose templates gain a private
 * placeholder waits for a person; public placeholders, fill-ins and the cursor do not hold it.
 */
import { describe, expect, it } from 'vitest';
import type { TemplateRecord } from '@/utils/db/types';
import { planImport, type ImportPlan } from '@/utils/templates/pack/plan';
import { describeGains, privatePlaceholderGains } from '@/utils/templates/pack/review';
import { NOW } from './fixtures';

const live = (id: string, body: string, variants?: Record<string, string>): TemplateRecord => ({
  id: `cs/${id}`,
  packId: 'cs',
  packItemId: id,
  title: id.toUpperCase(),
  body,
  ...(variants && { variants }),
  locked: true,
  usageCount: 0,
  createdAt: NOW,
  updatedAt: NOW,
});

/** The plan of a new version of pack `cs` against `existing`. */
function plan(
  existing: TemplateRecord[],
  templates: Array<{ id: string; body: string; variants?: Record<string, string> }>,
): ImportPlan {
  const file = {
    format: 'careline-templates' as const,
    version: 1 as const,
    pack: { id: 'cs', name: 'CS', updatedAt: NOW },
    templates: templates.map((t) => ({ ...t, title: t.id.toUpperCase() })),
  };
  return planImport(file, existing, { now: NOW });
}

describe('privatePlaceholderGains', () => {
  it('holds a changed template that gains a private path, in its body or a variant', () => {
    const existing = [live('refund', 'Hi {{customer.name}}'), live('bill', 'Your bill', { en: 'Your bill' })];
    const gains = privatePlaceholderGains(
      plan(existing, [
        { id: 'refund', body: 'Hi {{customer.name}}, we will call {{customer.phone}}' },
        { id: 'bill', body: 'Your bill', variants: { en: 'Your bill for {{customer.id}} and {{ticket.id}}' } },
      ]),
    );
    expect(gains).toEqual([
      { id: 'cs/refund', title: 'REFUND', paths: ['customer.phone'] },
      // The ticket number names a case, not a person (field-privacy.ts): it holds nothing.
      { id: 'cs/bill', title: 'BILL', paths: ['customer.id'] },
    ]);
    expect(describeGains(gains)).toBe('“REFUND”: {{customer.phone}}; “BILL”: {{customer.id}}');
  });

  it('holds a new template with private paths, and unknown paths (private until known)', () => {
    expect(privatePlaceholderGains(plan([], [{ id: 'new', body: '{{customer.계좌}} {{weather.today}}' }]))).toEqual([
      { id: 'cs/new', title: 'NEW', paths: ['customer.계좌', 'weather.today'] },
    ]);
  });

  it('lets through public paths, fill-ins, the cursor, paths the template already had, and removals', () => {
    const existing = [live('a', 'Call {{customer.phone}}'), live('b', 'Bye {{customer.id}}')];
    expect(
      privatePlaceholderGains(
        plan(existing, [
          {
            id: 'a',
            body: '@{{customer.handle}} {{customer.name}} {{agent.name}} {{today}} {{input:ETA}} {{cursor}} call {{customer.phone}}',
          },
          { id: 'c', body: 'New and public: {{customer.name | "there"}}' },
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the old version too: a path moved from the body to a variant is not new', () => {
    const existing = [live('a', 'Id {{customer.id}}')];
    expect(
      privatePlaceholderGains(plan(existing, [{ id: 'a', body: 'Thanks', variants: { en: 'Id {{customer.id}}' } }])),
    ).toEqual([]);
  });
});
