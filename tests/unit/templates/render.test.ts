import { describe, expect, it } from 'vitest';
import { renderTemplate } from '@/utils/templates/render';

describe('renderTemplate', () => {
  it('fills customer values and keeps the rest of the text', () => {
    const r = renderTemplate('Hi @{{customer.handle}}, {{ customer.name }} here.', { customer: { handle: 'minji_kim', name: '김민지' } });
    expect(r).toEqual({ text: 'Hi @minji_kim, 김민지 here.', missing: [] });
  });

  it('uses the fallback when the value is missing or empty', () => {
    const r = renderTemplate('{{customer.name | "고객"}}님', { customer: { name: '' } });
    expect(r.text).toBe('고객님');
    expect(r.missing).toEqual([]);
  });

  it('flags a missing value without fallback instead of blanking it', () => {
    const r = renderTemplate('Ticket {{ticket.id}} for {{customer.plan}}', { customer: {} });
    expect(r.text).toBe('Ticket {{ticket.id}} for {{customer.plan}}');
    expect(r.missing).toEqual(['ticket.id', 'customer.plan']);
  });

  it('keeps HTML in values as plain text', () => {
    const r = renderTemplate('{{customer.name}}', { customer: { name: '<img src=x onerror=alert(1)>' } });
    expect(r.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps line breaks', () => {
    expect(renderTemplate('a\n\nb', {}).text).toBe('a\n\nb');
  });
});
