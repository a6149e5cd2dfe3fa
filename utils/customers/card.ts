/**
 * What the panel's customer card shows, read in one go: the record, the newest history and the
 * notes, in parallel (design.md: ~1.6 ms p95 at 100k customers / 1M events with parallel reads).
 * Actions the agent takes on the card write the record and log an event together.
 */
import { customersRepo, handleKey, type CustomersRepo } from '@/utils/db/customers-repo';
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import type { CustomerEventRecord, CustomerRecord } from '@/utils/db/types';
import { agentSettings } from '@/utils/settings/settings';

export interface CustomerCardData {
  handle: string;
  customer?: CustomerRecord;
  history: CustomerEventRecord[];
  notes: CustomerEventRecord[];
  /** More history exists beyond `history`. */
  more: boolean;
}

export async function loadCard(
  handle: string,
  limit: number,
  repos: { customers?: CustomersRepo; events?: EventsRepo } = {},
): Promise<CustomerCardData> {
  const customers = repos.customers ?? customersRepo();
  const events = repos.events ?? eventsRepo();
  const [customer, history, notes] = await Promise.all([
    customers.get(handle),
    events.newest(handle, limit + 1),
    events.notes(handle, 20),
  ]);
  return { handle: handleKey(handle), customer, history: history.slice(0, limit), notes, more: history.length > limit };
}

const agent = async () => (await agentSettings.getValue()).agentName || undefined;

export interface SeenAs {
  handle: string;
  name?: string;
  tweetUrl?: string;
  statusId?: string;
}

/** "New customer": create the record from what X shows. */
export async function createCustomer(seen: SeenAs): Promise<CustomerRecord> {
  return customersRepo().upsert({ handle: seen.handle, name: seen.name });
}

export async function addNote(seen: SeenAs, text: string): Promise<void> {
  const note = text.trim();
  if (!note) return;
  // A note on someone without a record creates the record: the note must belong to a customer.
  if (!(await customersRepo().get(seen.handle))) await createCustomer(seen);
  await eventsRepo().add({
    customerHandle: seen.handle, kind: 'note', at: new Date().toISOString(), agent: await agent(), text: note,
    tweetUrl: seen.tweetUrl, statusId: seen.statusId,
  });
}

export async function changeTag(seen: SeenAs, tag: string, add: boolean): Promise<void> {
  const name = tag.trim();
  if (!name) return;
  const customer = (await customersRepo().get(seen.handle)) ?? (await createCustomer(seen));
  const has = customer.tags.includes(name);
  if (add === has) return;
  await customersRepo().setTags(seen.handle, add ? [...customer.tags, name] : customer.tags.filter((t) => t !== name), {
    customerHandle: seen.handle, kind: add ? 'tag-added' : 'tag-removed', at: new Date().toISOString(), agent: await agent(), text: name,
  });
}
