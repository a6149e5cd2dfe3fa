import { describe, expect, it } from 'vitest';
import { isPrivatePath, isRecordPath, privatePaths, recordPaths } from '@/utils/templates/field-privacy';

describe('field privacy', () => {
  it('treats what X shows, the agent and the date as public', () => {
    for (const path of ['customer.handle', 'customer.name', 'agent.name', 'agent.signoff', 'today'])
      expect(isPrivatePath(path), path).toBe(false);
  });

  it("treats the call center's ticket number as public: the ticket reply posts it so the customer can quote it", () => {
    expect(isPrivatePath('ticket.id')).toBe(false);
    // Anything else under ticket.* is unknown, hence private.
    expect(isPrivatePath('ticket.notes')).toBe(true);
  });

  it('treats CRM fields, imported columns and the CRM name as private', () => {
    for (const path of [
      'customer.id',
      'customer.phone',
      'customer.email',
      'customer.plan',
      'customer.crmName',
      'customer.계좌',
      'mystery',
    ])
      expect(isPrivatePath(path), path).toBe(true);
  });

  it('lists the private paths of a body once each, ignoring fill-ins and the cursor', () => {
    const body =
      '{{customer.name | "고객"}}님 {{customer.id}} {{input:청구월}} {{cursor}} {{customer.phone}} {{customer.id}} {{ticket.id}}';
    expect(privatePaths(body)).toEqual(['customer.id', 'customer.phone']);
  });

  it("keeps every value from Careline's records out of the page, the ticket number too", () => {
    for (const path of ['customer.id', 'customer.crmName', 'customer.계좌', 'ticket.id', 'ticket.notes', 'mystery'])
      expect(isRecordPath(path), path).toBe(true);
    for (const path of ['customer.handle', 'customer.name', 'agent.name', 'today'])
      expect(isRecordPath(path), path).toBe(false);
    expect(recordPaths('{{customer.name}} {{ticket.id}} {{agent.name}} {{customer.plan}}')).toEqual([
      'ticket.id',
      'customer.plan',
    ]);
  });
});
