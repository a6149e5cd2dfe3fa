/**
 * What the panel's customer card shows, read in one go: the record (with copies of its recent notes
 * and handoffs) and the newest history, in parallel. Two reads, not three: a separate notes read
 * weighs on the card's p95 at scale (docs/benchmarks.md).
 * Actions the agent takes on the card write the record and log an event together.
 */
import { customerLinks } from '@/utils/db/customer-links';
import { customersRepo, handleKey, type CustomersRepo } from '@/utils/db/customers-repo';
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import type { CustomerEventRecord, CustomerRecord, HandoffSummary } from '@/utils/db/types';
import { agentSettings } from '@/utils/settings/settings';
import { teamAuthor, teamQueued } from '@/utils/team/panel-side';

export interface CustomerCardData {
  handle: string;
  customer?: CustomerRecord;
  history: CustomerEventRecord[];
  notes: CustomerEventRecord[];
  handoffs: HandoffSummary[];
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
  const [customer, history] = await Promise.all([customers.get(handle), events.newest(handle, limit + 1)]);
  return {
    handle: handleKey(handle),
    customer,
    history: history.slice(0, limit),
    notes: customer?.recentNotes ?? [],
    handoffs: customer?.handoffs ?? [],
    more: history.length > limit,
  };
}

const agent = async () => (await agentSettings.getValue()).agentName || undefined;

export interface SeenAs {
  handle: string;
  name?: string;
  /** X's numeric user id, when the page showed it. */
  userId?: string;
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
  // Joined to a team: the note carries who wrote it there and is queued for the team with it.
  const by = await teamAuthor();
  await customersRepo().addNote(
    {
      customerHandle: seen.handle,
      at: new Date().toISOString(),
      agent: await agent(),
      text: note,
      tweetUrl: seen.tweetUrl,
      statusId: seen.statusId,
      ...(by ? { by } : {}),
    },
    seen.name,
  );
  if (by) teamQueued();
}

export async function changeTag(seen: SeenAs, tag: string, add: boolean): Promise<void> {
  const name = tag.trim();
  if (!name) return;
  const by = await teamAuthor();
  await customersRepo().changeTag(
    seen.handle,
    name,
    add,
    { at: new Date().toISOString(), agent: await agent(), ...(by ? { by } : {}) },
    seen.name,
  );
  if (by) teamQueued();
}

/** "Link to this customer": the CRM record `recordKey` becomes the X account's (handle and user id), logged in History. */
export async function linkCustomer(recordKey: string, seen: SeenAs): Promise<CustomerRecord> {
  return customerLinks().link(
    recordKey,
    { handle: seen.handle, userId: seen.userId },
    { at: new Date().toISOString(), agent: await agent() },
  );
}

/** "Unlink from CRM record": the CRM record goes back under its customer ID, the X account keeps its history. */
export async function unlinkCustomer(seen: SeenAs): Promise<void> {
  await customerLinks().unlink(seen.handle, { at: new Date().toISOString(), agent: await agent() });
}

/** Remembers the user id X shows for a known handle that has none yet (customer-links.ts). */
export async function rememberUserId(seen: SeenAs): Promise<void> {
  if (seen.userId) await customerLinks().rememberUserId({ handle: seen.handle, userId: seen.userId });
}

/** The record this X account had under its previous handle, if the user id says it renamed. */
export async function renamedFrom(seen: SeenAs): Promise<CustomerRecord | undefined> {
  return seen.userId ? customerLinks().renamedFrom({ handle: seen.handle, userId: seen.userId }) : undefined;
}

/** "Move the record here": the agent confirmed the rename. */
export async function followRename(seen: SeenAs): Promise<CustomerRecord> {
  if (!seen.userId) throw new Error('No X user id');
  return customerLinks().followRename(
    { handle: seen.handle, userId: seen.userId },
    { at: new Date().toISOString(), agent: await agent() },
  );
}
