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
 * Each variable's class is in the registry (./variables.ts).
 */
import { placeholderPaths } from './render';
import { privacyOf } from './variables';

/** customer.* (CRM fields and imported columns), ticket.*, and anything unknown: from the record until known. */
export function isRecordPath(path: string): boolean {
  return privacyOf(path) !== 'public';
}

export function isPrivatePath(path: string): boolean {
  return privacyOf(path) === 'private';
}

/** The record paths a template body uses, in order of first use. */
export function recordPaths(body: string): string[] {
  return placeholderPaths(body).filter(isRecordPath);
}

/** The private paths a template body uses, in order of first use. */
export function privatePaths(body: string): string[] {
  return placeholderPaths(body).filter(isPrivatePath);
}
