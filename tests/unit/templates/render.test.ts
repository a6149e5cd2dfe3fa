import { describe, expect, it } from 'vitest';
import { inputLabels, renderTemplate } from '@/utils/templates/render';

describe('renderTemplate', () => {
  it('fills customer values and keeps the rest of the text', () => {
    const r = renderTemplate('Hi @{{customer.handle}}, {{ customer.name }} here.', {
      customer: { handle: 'minji_kim', name: '김민지' },
    });
    expect(r).toMatchObject({ text: 'Hi @minji_kim, 김민지 here.', missing: [], inputs: [], unfilled: [] });
    expect(r.cursor).toBeUndefined();
  });

  it('uses the fallback when the value is missing or empty', () => {
    const r = renderTemplate('{{customer.name | "고객"}}님 {{agent.name | "상담원"}}', { customer: { name: '' } });
    expect(r.text).toBe('고객님 상담원');
    expect(r.missing).toEqual([]);
  });

  it('keeps escaped quotes in a fallback', () => {
    expect(renderTemplate('{{customer.name | "the \\"best\\" customer"}}', {}).text).toBe('the "best" customer');
  });

  it('flags a missing value without fallback, and unknown paths, instead of blanking them', () => {
    const r = renderTemplate('Ticket {{ticket.id}} for {{customer.plan}} {{weather.today}} {{ticket.id}}', {
      customer: {},
    });
    expect(r.text).toBe('Ticket {{ticket.id}} for {{customer.plan}} {{weather.today}} {{ticket.id}}');
    expect(r.missing).toEqual(['ticket.id', 'customer.plan', 'weather.today']);
  });

  it('fills custom customer attributes, agent name and ticket id', () => {
    const r = renderTemplate('{{customer.plan}} / {{agent.name}} / {{ticket.id}}', {
      customer: { plan: '5G 프리미엄' },
      agent: { name: 'Jae' },
      ticket: { id: 'T-1042' },
    });
    expect(r.text).toBe('5G 프리미엄 / Jae / T-1042');
  });

  it('lists fill-in fields and fills the ones given', () => {
    const body = '{{input:예상 시간}} 안에, {{input:ETA}} / again {{input:예상 시간}}';
    expect(inputLabels(body)).toEqual(['예상 시간', 'ETA']);
    const partial = renderTemplate(body, {}, { '예상 시간': '2시간' });
    expect(partial.text).toBe('2시간 안에, {{input:ETA}} / again 2시간');
    expect(partial.unfilled).toEqual(['ETA']);
    expect(renderTemplate(body, {}, { '예상 시간': '2시간', ETA: '1h' }).unfilled).toEqual([]);
  });

  it('removes {{cursor}} and reports where it was', () => {
    const r = renderTemplate('안녕하세요 {{customer.name}}님, {{cursor}} 감사합니다.', {
      customer: { name: '김민지' },
    });
    expect(r.text).toBe('안녕하세요 김민지님,  감사합니다.');
    expect(r.text.slice(0, r.cursor)).toBe('안녕하세요 김민지님, ');
  });

  it('puts values in exactly as they are: never replacement patterns, placeholders or a cursor', () => {
    const r = renderTemplate('<b>{{customer.name}}</b> {{customer.plan}}', {
      customer: { name: "$& $1 $' $` $$ <img src=x onerror=alert(1)>", plan: '{{customer.id}} {{cursor}}', id: 'C-1' },
    });
    expect(r).toMatchObject({
      text: "<b>$& $1 $' $` $$ <img src=x onerror=alert(1)></b> {{customer.id}} {{cursor}}",
      missing: [],
      inputs: [],
    });
    expect(r.cursor).toBeUndefined();
  });

  it('keeps line breaks and uses a local YYYY-MM-DD for today', () => {
    expect(renderTemplate('a\n\nb', {}).text).toBe('a\n\nb');
    expect(renderTemplate('{{today}}', {}).text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(renderTemplate('{{today}}', { today: '11월 29일' }).text).toBe('11월 29일');
  });
});
