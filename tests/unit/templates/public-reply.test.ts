import { describe, expect, it } from 'vitest';
import { checkPublicReply, filledPrivateFields, sameFields } from '@/utils/templates/public-reply';
import { variableName } from '@/utils/templates/variables';
import type { RenderValues } from '@/utils/templates/render';

const values: RenderValues = {
  customer: {
    handle: 'minji_kim',
    name: '김민지',
    crmName: '김민정',
    id: 'C-20931',
    phone: '010-1234-5678',
    계좌: '110-222',
    plan: '',
  },
  agent: { name: '지수' },
  ticket: { id: 'CL-000001' },
};
const BODY = '{{customer.name}}님 {{customer.id}} {{customer.phone}} {{customer.계좌}} {{agent.name}} {{ticket.id}}';

describe('public reply check', () => {
  it('asks in public for every private field that gets a value, naming each with its value', () => {
    expect(checkPublicReply({ audience: 'public', body: BODY, values, policy: 'ask' })).toEqual({
      kind: 'ask',
      fields: [
        { path: 'customer.id', value: 'C-20931' },
        { path: 'customer.phone', value: '010-1234-5678' },
        { path: 'customer.계좌', value: '110-222' },
      ],
    });
  });

  it('refuses instead when the team chose "Never insert"', () => {
    expect(checkPublicReply({ audience: 'public', body: BODY, values, policy: 'never' })).toMatchObject({
      kind: 'refuse',
      fields: [{ path: 'customer.id' }, { path: 'customer.phone' }, { path: 'customer.계좌' }],
    });
  });

  it('lets X Chat (private) through whatever the body uses', () => {
    expect(checkPublicReply({ audience: 'private', body: BODY, values, policy: 'never' })).toEqual({ kind: 'ok' });
  });

  it('lets what X shows, the agent, the date and the ticket number through in public', () => {
    expect(
      checkPublicReply({
        audience: 'public',
        body: '{{customer.name}} @{{customer.handle}} {{agent.name}} {{today}} {{ticket.id}}',
        values,
        policy: 'never',
      }),
    ).toEqual({ kind: 'ok' });
  });

  it('asks for the CRM name in public', () => {
    expect(filledPrivateFields('{{customer.crmName}}님', values)).toEqual([
      { path: 'customer.crmName', value: '김민정' },
    ]);
  });

  it('does not ask for a private field that stays empty or falls back to the template text', () => {
    expect(
      filledPrivateFields('{{customer.plan}} {{customer.email | "your e-mail"}} {{customer.phone | "x"}}', values),
    ).toEqual([{ path: 'customer.phone', value: '010-1234-5678' }]);
  });

  it('compares confirmed fields by path and value', () => {
    const a = [{ path: 'customer.id', value: '1' }];
    expect(sameFields(a, [{ path: 'customer.id', value: '1' }])).toBe(true);
    expect(sameFields(a, [{ path: 'customer.id', value: '2' }])).toBe(false);
    expect(sameFields(a, [...a, { path: 'customer.phone', value: '3' }])).toBe(false);
  });

  it("names CRM fields, imported columns and anything else for the agent (the registry's names)", () => {
    expect(variableName('customer.id')).toBe('Customer ID');
    expect(variableName('customer.crmName')).toBe('Name in the CRM');
    expect(variableName('customer.계좌')).toBe('Imported column "계좌"');
    expect(variableName('mystery')).toBe('mystery');
  });

  it("names a path like an Object member as a path, never as one of Object's own", () => {
    for (const path of ['constructor', 'toString', '__proto__']) expect(variableName(path)).toBe(path);
  });
});
