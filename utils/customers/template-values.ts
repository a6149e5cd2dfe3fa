/**
 * What `{{customer.*}}` and `{{ticket.id}}` mean for one customer: the record Careline keeps (CRM
 * fields and attributes from the import) over what X shows on the page, and the newest ticket the
 * call center gave for them. Shared by the panel and the background's `;shortcut` expansion, so a
 * template renders the same whichever way it is inserted.
 */
import type { CustomerRecord } from '@/utils/db/types';
import type { RenderValues } from '@/utils/templates/render';

export function customerValues(seen: { handle?: string; name?: string }, record: CustomerRecord | undefined): RenderValues['customer'] {
  return {
    // Custom attributes first: a CSV column named "name" must not hide the record's own name.
    ...record?.attributes,
    handle: record?.displayHandle ?? seen.handle,
    name: record?.name ?? seen.name,
    id: record?.customerId,
    phone: record?.phone,
    email: record?.email,
    plan: record?.plan,
  };
}

/** The newest ticket id the call center answered for this customer. */
export function latestTicket(record: CustomerRecord | undefined): RenderValues['ticket'] {
  const id = record?.handoffs?.find((h) => h.ticketId)?.ticketId;
  return id ? { id } : {};
}

export function templateValues(seen: { handle?: string; name?: string }, record: CustomerRecord | undefined, agentName: string): RenderValues {
  return { customer: customerValues(seen, record), agent: { name: agentName || undefined }, ticket: latestTicket(record) };
}
