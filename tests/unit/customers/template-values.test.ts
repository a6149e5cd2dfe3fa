import { describe, expect, it } from 'vitest';
import { customerValues, latestTicket, templateValues } from '@/utils/customers/template-values';
import type { CustomerRecord } from '@/utils/db/types';
import { renderTemplate } from '@/utils/templates/render';

const record: CustomerRecord = {
  handle: 'minji_kim',
  displayHandle: 'Minji_Kim',
  name: '김민지',
  customerId: 'C-20931',
  phone: '010-1234-5678',
  plan: '5G 프리미엄',
  tags: [],
  attributes: { 가입매장: '강남점', name: 'CSV name column' },
  createdAt: 'c',
  updatedAt: 'u',
  handoffs: [
    { id: 'h2', reason: '개통', createdAt: '2026-11-29T02:00:00.000Z', status: 'queued' },
    { id: 'h1', reason: '요금', createdAt: '2026-11-29T01:00:00.000Z', status: 'sent', ticketId: 'CL-000042' },
  ],
};

describe('template values from the customer record', () => {
  it('prefers the record over what X shows, and keeps imported columns as attributes', () => {
    expect(customerValues({ handle: 'minji_kim', name: 'Minji on X' }, record, 'private')).toMatchObject({
      handle: 'Minji_Kim',
      name: '김민지',
      id: 'C-20931',
      phone: '010-1234-5678',
      plan: '5G 프리미엄',
      가입매장: '강남점',
    });
  });

  it('falls back to the page when Careline has no record', () => {
    expect(customerValues({ handle: 'someone', name: 'Some One' }, undefined, 'private')).toMatchObject({
      handle: 'someone',
      name: 'Some One',
    });
    expect(latestTicket(undefined)).toEqual({});
  });

  it('gives the newest ticket the call center answered', () => {
    expect(latestTicket(record)).toEqual({ id: 'CL-000042' });
  });

  it('renders a team template with the record, the agent and the ticket', () => {
    const values = templateValues({ handle: 'minji_kim' }, record, '상담원 지수', 'private');
    const r = renderTemplate(
      '{{customer.name}}님({{customer.id}}, {{customer.가입매장}}), 접수번호 {{ticket.id}} — {{agent.name}}',
      values,
    );
    expect(r).toMatchObject({ text: '김민지님(C-20931, 강남점), 접수번호 CL-000042 — 상담원 지수', missing: [] });
  });

  it("signs with the agent's sign-off, and flags a missing one instead of posting a gap", () => {
    const signed = templateValues({ handle: 'minji_kim' }, record, '지수', 'public', '^SY');
    expect(renderTemplate('확인 후 안내드리겠습니다. {{agent.signoff}}', signed)).toMatchObject({
      text: '확인 후 안내드리겠습니다. ^SY',
      missing: [],
    });
    const unsigned = templateValues({ handle: 'minji_kim' }, record, '지수', 'public');
    expect(renderTemplate('Thanks! {{agent.signoff}}', unsigned).missing).toEqual(['agent.signoff']);
  });

  it('in public, customer.name is the name the customer shows on X, never the CRM name (issue 11)', () => {
    const values = customerValues({ handle: 'minji_kim', name: 'Minji on X' }, record, 'public');
    expect(values).toMatchObject({ name: 'Minji on X', crmName: '김민지', id: 'C-20931' });
    // Without a name from X there is no name: the template's fallback, not the CRM's legal name.
    expect(customerValues({ handle: 'minji_kim' }, record, 'public')?.name).toBeUndefined();
    expect(
      renderTemplate('{{customer.name | "고객"}}님', templateValues({ handle: 'minji_kim' }, record, '', 'public'))
        .text,
    ).toBe('고객님');
  });

  it('in X Chat, customer.name keeps the record over X, and crmName is the CRM name', () => {
    expect(customerValues({ handle: 'minji_kim', name: 'Minji on X' }, record, 'private')).toMatchObject({
      name: '김민지',
      crmName: '김민지',
    });
    expect(customerValues({ handle: 'x', name: 'On X' }, undefined, 'private')).toMatchObject({
      name: 'On X',
      crmName: undefined,
    });
  });

  it('an imported column named "crmName" cannot stand in for the CRM name', () => {
    const withColumn = { ...record, attributes: { crmName: 'CSV column' } };
    expect(customerValues({ handle: 'minji_kim' }, withColumn, 'private')?.crmName).toBe('김민지');
  });
});
