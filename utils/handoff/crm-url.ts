/**
 * CRM handoff: the call center's own "new ticket" form, opened in a new tab with the case filled in
 * through its query string. The team lead writes the template; every value is percent-encoded, so a
 * customer's text can never change the address's structure (host, path, other parameters).
 */
import type { HandoffPayload } from './types';
import { webAddressProblem } from './web-address';

/** The placeholders a template may use, with what each becomes (shown on the options page). */
export const CRM_PLACEHOLDERS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'id', description: 'the handoff id (a UUID; the same id the webhook sends)' },
  { name: 'reason', description: 'the reason the agent picked' },
  { name: 'priority', description: 'low, normal, high or urgent' },
  { name: 'note', description: "the agent's note" },
  { name: 'customer.handle', description: "the customer's X handle, without @" },
  { name: 'customer.name', description: "the customer's name" },
  { name: 'customer.id', description: 'the customer number from your CRM' },
  { name: 'customer.phone', description: "the customer's phone number on file" },
  { name: 'conversation.url', description: 'the link to the post on X' },
  { name: 'conversation.statusId', description: "the post's id on X" },
  { name: 'callbackPhone', description: 'the number the agent entered for the call-back' },
];

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The filled-in address. Throws an Error saying what is wrong when it is not an allowed web address. */
export function crmUrl(template: string, payload: HandoffPayload): string {
  const values: Record<string, string | undefined> = {
    id: payload.id,
    reason: payload.reason,
    priority: payload.priority,
    note: payload.note,
    'customer.handle': payload.customer.handle.replace(/^@/, ''),
    'customer.name': payload.customer.name,
    'customer.id': payload.customer.id,
    'customer.phone': payload.customer.phone,
    'conversation.url': payload.conversation.url,
    'conversation.statusId': payload.conversation.statusId,
    callbackPhone: payload.callbackPhone,
  };
  // Unknown placeholders become empty: a typo leaves a blank field in the form, not "{{nmae}}".
  const filled = template.trim().replace(PLACEHOLDER, (_, name: string) =>
    encodeURIComponent((Object.hasOwn(values, name) ? values[name] : undefined) ?? ''),
  );
  const problem = webAddressProblem(filled, 'The CRM URL template');
  if (problem) throw new Error(problem);
  return new URL(filled).href;
}
