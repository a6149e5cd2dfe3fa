/**
 * What `{{customer.*}}` and `{{ticket.id}}` mean for one customer: the record Careline keeps (CRM
 * fields and attributes from the import), what X shows on the page, and the newest ticket the call
 * center gave for them. Shared by the panel and the background's `;shortcut` expansion, so a
 * template renders the same whichever way it is inserted.
 *
 * Where the reply goes decides the name: in public `customer.name` is the name the
 * customer chose to show on X, never the CRM's (often the legal name of a pseudonymous user); the
 * CRM's name is `customer.crmName`, private like every CRM field (field-privacy.ts). In X Chat the
 * customer alone reads it, so `customer.name` keeps the record's name over X's.
 */
import type { CustomerRecord } from '@/utils/db/types';
import { setOwn } from '@/utils/own-keys';
import type { RenderValues } from '@/utils/templates/render';
import type { Audience } from '@/utils/x/audience';

export function customerValues(
  seen: { handle?: string; name?: string },
  record: CustomerRecord | undefined,
  audience: Audience,
): RenderValues['customer'] {
  const values: NonNullable<RenderValues['customer']> = {};
  // Custom attributes first: a CSV column named "name" or "crmName" must not hide the record's own.
  // Each under its own name as data, whatever the column is called (`__proto__`, `constructor`).
  for (const [key, value] of Object.entries(record?.attributes ?? {}))
    if (typeof value === 'string') setOwn(values, key, value);
  const fields = {
    handle: record?.displayHandle ?? seen.handle,
    name: audience === 'public' ? seen.name : (record?.name ?? seen.name),
    crmName: record?.name,
    id: record?.customerId,
    phone: record?.phone,
    email: record?.email,
    plan: record?.plan,
  };
  for (const [key, value] of Object.entries(fields)) setOwn(values, key, value);
  return values;
}

/** The newest ticket id the call center answered for this customer. */
export function latestTicket(record: CustomerRecord | undefined): RenderValues['ticket'] {
  const id = record?.handoffs?.find((h) => h.ticketId)?.ticketId;
  return id ? { id } : {};
}

export function templateValues(
  seen: { handle?: string; name?: string },
  record: CustomerRecord | undefined,
  agentName: string,
  audience: Audience,
  agentSignoff = '',
): RenderValues {
  const agent = { name: agentName || undefined, signoff: agentSignoff || undefined };
  return { customer: customerValues(seen, record, audience), agent, ticket: latestTicket(record) };
}
