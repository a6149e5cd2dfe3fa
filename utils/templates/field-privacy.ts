/**
 * Which template values are the customer's private data. A public reply on X is public forever, so
 * these go into one only when the agent confirms it (panel) and are never rendered inside x.com's
 * page (`;shortcut`): CRM fields (ID, phone, e-mail, plan, the CRM's legal name), every imported
 * column. What X itself shows (handle, display name), the agent's own settings and the date are
 * public, and so is the call center's ticket number: it names a case, not a person, and the
 * handoff's "Insert ticket reply" posts it on purpose so the customer can quote it on the phone.
 */
import { placeholderPaths } from './render';

/** Paths whose values anyone reading the post on X already sees, or that are the agent's own. */
const PUBLIC_PATHS: ReadonlySet<string> = new Set(['customer.handle', 'customer.name', 'ticket.id', 'today']);

export function isPrivatePath(path: string): boolean {
  if (PUBLIC_PATHS.has(path) || path.startsWith('agent.')) return false;
  // customer.* (CRM fields and imported columns), other ticket.*, and anything unknown: private until known.
  return true;
}

/** The private paths a template body uses, in order of first use. */
export function privatePaths(body: string): string[] {
  return placeholderPaths(body).filter(isPrivatePath);
}
