import { describe, expect, it } from 'vitest';
import { crmUrl } from '@/utils/handoff/crm-url';
import { payload } from './fixtures';

describe('crmUrl', () => {
  it('fills every placeholder, percent-encoded', () => {
    const template =
      'https://crm.example.com/tickets/new?ref={{id}}&reason={{reason}}&prio={{priority}}&note={{note}}&h={{customer.handle}}' +
      '&n={{customer.name}}&c={{customer.id}}&p={{customer.phone}}&u={{conversation.url}}&s={{conversation.statusId}}&cb={{ callbackPhone }}';
    const url = new URL(crmUrl(template, payload()));
    expect(url.origin + url.pathname).toBe('https://crm.example.com/tickets/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ref: '5f0c7f3e-8a53-4a8e-9d55-0c6f2b1e9a01',
      reason: '개통 · Activation',
      prio: 'high',
      note: '유심 재발급 필요해 보임',
      h: 'minji_kim',
      n: '김민지',
      c: 'C-1001',
      p: '010-1234-5678',
      u: 'https://x.com/minji_kim/status/1991000000000000101',
      s: '1991000000000000101',
      cb: '010-9876-5432',
    });
  });

  it("cannot be steered by the customer's text", () => {
    const url = new URL(
      crmUrl('https://crm.example.com/new?note={{note}}&q=1', payload({ note: 'x&q=2#frag/../../admin' })),
    );
    expect(url.searchParams.get('note')).toBe('x&q=2#frag/../../admin');
    expect(url.searchParams.getAll('q')).toEqual(['1']);
    expect(url.hash).toBe('');
  });

  it('leaves unknown and missing values empty', () => {
    const url = crmUrl(
      'https://crm.example.com/new?a={{nmae}}&b={{callbackPhone}}&c={{constructor}}',
      payload({ callbackPhone: undefined }),
    );
    expect(url).toBe('https://crm.example.com/new?a=&b=&c=');
  });

  it('throws a clear error when the result is not an https address', () => {
    expect(() => crmUrl('http://crm.example.com/new?h={{customer.handle}}', payload())).toThrow('must use https://');
    expect(() => crmUrl('javascript:alert({{id}})', payload())).toThrow('must start with https://');
    expect(() => crmUrl('{{conversation.url}}', payload())).toThrow('is not a web address');
    expect(crmUrl('http://localhost:8080/new?h={{customer.handle}}', payload())).toBe(
      'http://localhost:8080/new?h=minji_kim',
    );
  });
});
