/**
 * The team's record as Careline stores it: a server event becomes a history event with who made it,
 * a server customer becomes a local record. Pure: utils/db/team-cache-repo.ts writes what these make.
 */
import type { CustomerEventRecord, CustomerRecord } from '@/utils/db/types';
import type { TeamCustomer, TeamEvent } from './wire';

/** A server event as a history event under the local key `customerHandle`. */
export function toLocalEvent(event: TeamEvent, customerHandle: string): Omit<CustomerEventRecord, 'id'> {
  if (event.kind === 'ticket-status') return ticketEvent(event, customerHandle);
  const local: Omit<CustomerEventRecord, 'id'> = {
    customerHandle,
    // A colleague's handoff reached the call center through their browser: it is shown as handed off.
    kind: event.kind === 'handoff' ? 'handoff-sent' : event.kind,
    at: event.at,
    agent: event.agentName,
    by: { agentId: event.agentId, name: event.agentName },
    clientId: event.clientId,
    teamSeq: event.seq,
  };
  const text = event.kind === 'tag-added' || event.kind === 'tag-removed' ? event.tag : event.text;
  if (text) local.text = text;
  if (event.statusId) {
    local.statusId = event.statusId;
    local.tweetUrl = `https://x.com/i/status/${event.statusId}`;
  }
  if (event.handoffId) local.handoffId = event.handoffId;
  return local;
}

/**
 * The call center's status of a handoff's ticket. It is the call center's word, not an agent's: no
 * author, so the entry reads with its time only. The post stays linked so the agent can follow up.
 */
function ticketEvent(event: TeamEvent, customerHandle: string): Omit<CustomerEventRecord, 'id'> {
  const local: Omit<CustomerEventRecord, 'id'> = {
    customerHandle,
    kind: 'ticket-status',
    at: event.at,
    clientId: event.clientId,
    teamSeq: event.seq,
  };
  if (event.ticketStatus) local.ticketStatus = event.ticketStatus;
  if (event.ticketId) local.ticketId = event.ticketId;
  if (event.handoffId) local.handoffId = event.handoffId;
  if (event.text) local.text = event.text;
  if (event.statusId) {
    local.statusId = event.statusId;
    local.tweetUrl = `https://x.com/i/status/${event.statusId}`;
  }
  return local;
}

/** Server order as numbers: seqs are bigints written as strings. */
export function seqAfter(a: string, b: string): boolean {
  return BigInt(a) > BigInt(b);
}

/**
 * Whether a pulled tag event changes the tag on this machine: not when this agent has a later word on
 * the same tag, either still waiting to be pushed (it will come after everything pulled so far) or
 * already ordered after it by the server. So every machine ends with the tag as the last event in
 * server order left it.
 */
export function tagEventApplies(
  pulled: Pick<TeamEvent, 'seq' | 'tag'>,
  local: ReadonlyArray<Pick<CustomerEventRecord, 'kind' | 'text' | 'teamSeq'>>,
): boolean {
  return !local.some(
    (e) =>
      (e.kind === 'tag-added' || e.kind === 'tag-removed') &&
      e.text === pulled.tag &&
      (e.teamSeq === undefined || seqAfter(e.teamSeq, pulled.seq)),
  );
}

/** Tags after one tag event. */
export function withTag(tags: readonly string[], tag: string, add: boolean): string[] {
  if (add) return tags.includes(tag) ? [...tags] : [...tags, tag];
  return tags.filter((t) => t !== tag);
}

/**
 * The team's customer on this machine: the CRM fields are the team's (the lead's import), tags as
 * the server's order leaves them, and what only this machine has (notes copy, handoffs, links) kept.
 */
export function teamRecord(
  team: TeamCustomer,
  tags: readonly string[],
  existing: CustomerRecord | undefined,
  key: string,
  now: string,
): CustomerRecord {
  const fields: Partial<CustomerRecord> = {};
  if (team.name) fields.name = team.name;
  if (team.phone) fields.phone = team.phone;
  if (team.email) fields.email = team.email;
  if (team.plan) fields.plan = team.plan;
  if (team.crmId) fields.customerId = team.crmId;
  if (team.xUserId) fields.userId = team.xUserId;
  if (team.note) fields.note = team.note;
  return {
    ...existing,
    ...fields,
    handle: key,
    displayHandle: existing?.displayHandle || team.displayHandle || team.handle || '',
    tags: [...tags],
    crmTags: [...team.crmTags],
    attributes: { ...existing?.attributes, ...team.attributes },
    teamId: team.id,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}
