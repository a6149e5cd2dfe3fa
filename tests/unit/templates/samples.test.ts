import { describe, expect, it } from 'vitest';
import { privatePaths } from '@/utils/templates/field-privacy';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';

const bodies = (s: (typeof SAMPLE_TEMPLATES)[number]) => [s.body, ...Object.values(s.variants ?? {})];

describe('sample templates (issue 11)', () => {
  it('public samples use only what X shows: no CRM field, no imported column', () => {
    for (const sample of SAMPLE_TEMPLATES.filter((s) => !s.tags?.includes('dm'))) {
      for (const body of bodies(sample)) expect(privatePaths(body), sample.id).toEqual([]);
    }
  });

  it('a DM sample, for X Chat, greets by the CRM name', () => {
    const dm = SAMPLE_TEMPLATES.filter((s) => s.tags?.includes('dm'));
    expect(dm.length).toBeGreaterThan(0);
    expect(dm.some((s) => privatePaths(s.body).includes('customer.crmName'))).toBe(true);
  });
});
