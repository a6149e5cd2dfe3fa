/**
 * Which template values may go where. Two rules, one table:
 * - Record paths come from Careline's own records (the CRM import, imported columns, the call
 *   center's tickets): they are never rendered inside x.com's page (`;shortcut`), whose scripts read
 *   everything; the panel renders them, where the agent sees the filled text.
 * - Private paths are the record paths that are personal data: a public reply is public forever, so
 *   they go into one only when the agent confirms it (panel). The call center's ticket number is a
 *   record path but not private: it names a case, not a person, and the handoff's "Insert ticket
 *   reply" posts it on purpose so the customer can quote it on the phone.
 * What X itself shows (handle, display name), the agent's own settings and the date are neither.
 */
import { placeholderPaths } from './render';

/** Paths whose values anyone reading the post on X already sees, or that are the agent's own. */
const PAGE_PATHS: ReadonlySet<string> = new Set(['customer.handle', 'customer.name', 'today']);
/** Record paths that name no person. */
const PUBLIC_RECORD_PATHS: ReadonlySet<string> = new Set(['ticket.id']);

export function isRecordPath(path: string): boolean {
  // customer.* (CRM fields and imported columns), ticket.*, and anything unknown: from the record until known.
  return !(PAGE_PATHS.has(path) || path.startsWith('agent.'));
}

export function isPrivatePath(path: string): boolean {
  return isRecordPath(path) && !PUBLIC_RECORD_PATHS.has(path);
}

/** The record paths a template body uses, in order of first use. */
export function recordPaths(body: string): string[] {
  return placeholderPaths(body).filter(isRecordPath);
}

/** The private paths a template body uses, in order of first use. */
export function privatePaths(body: string): string[] {
  return placeholderPaths(body).filter(isPrivatePath);
}
