import { describe, expect, it } from 'vitest';
import { applyChoices, mapColumns, withChoice } from '@/utils/customers/csv/columns';

describe('column mapping chosen by the agent', () => {
  it('keys a file by handle, else by customer ID, else by nothing', () => {
    expect(mapColumns(['핸들', '고객번호']).key).toBe('handle');
    expect(mapColumns(['고객번호', '이름']).key).toBe('customerId');
    expect(mapColumns(['트위터 아이디', '이름']).key).toBe('none');
  });

  it('a field picked for one column leaves the column that had it as an attribute', () => {
    expect(withChoice(['handle', 'name', 'attribute'], 2, 'name')).toEqual(['handle', 'attribute', 'name']);
    expect(withChoice(['attribute', 'attribute'], 1, 'attribute')).toEqual(['attribute', 'attribute']);
  });

  it('a column without a header can be a field or skipped, never an attribute (it has no name)', () => {
    const mapping = mapColumns(['handle', '']);
    expect(applyChoices(mapping, ['handle', 'attribute']).columns[1]?.target).toEqual({
      kind: 'ignored',
      reason: 'no header',
    });
    expect(applyChoices(mapping, ['handle', 'plan']).columns[1]?.target).toEqual({ kind: 'field', field: 'plan' });
    expect(applyChoices(mapping, ['skip', 'customerId'])).toMatchObject({
      key: 'customerId',
      handleIndex: -1,
      customerIdIndex: 1,
    });
  });
});
