/**
 * CRM handoff: the call center's own "new ticket" form, opened in a new tab with the case filled in
 * through its query string. The team lead writes the template; every value is percent-encoded, so a
 * customer's text can never change the address's structure (host, path, other parameters).
 */
import { handoffProblems } from '@/utils/i18n/messages/problems-handoff';
import { problemSayer } from '@/utils/i18n/problems';
import { replacePlaceholders } from '@/utils/templates/placeholders';
import type { HandoffPayload } from './types';
import { webAddressProblem } from './web-address';

const say = problemSayer(handoffProblems);

type PlaceholderKey = Extract<keyof typeof handoffProblems.en, `handoff.crm.${string}`>;

/**
 * A placeholder whose description is read when shown: the options page renders it in the page's
 * language, which may change after this module was loaded.
 */
const placeholder = (name: string, key: PlaceholderKey) => ({
  name,
  get description(): string {
    return say(key);
  },
});

/** The placeholders a template may use, with what each becomes (shown on the options page). */
export const CRM_PLACEHOLDERS: ReadonlyArray<{ readonly name: string; readonly description: string }> = [
  placeholder('id', 'handoff.crm.id'),
  placeholder('reason', 'handoff.crm.reason'),
  placeholder('priority', 'handoff.crm.priority'),
  placeholder('note', 'handoff.crm.note'),
  placeholder('customer.handle', 'handoff.crm.customerHandle'),
  placeholder('customer.name', 'handoff.crm.customerName'),
  placeholder('customer.id', 'handoff.crm.customerId'),
  placeholder('customer.phone', 'handoff.crm.customerPhone'),
  placeholder('conversation.url', 'handoff.crm.conversationUrl'),
  placeholder('conversation.statusId', 'handoff.crm.conversationStatusId'),
  placeholder('callbackPhone', 'handoff.crm.callbackPhone'),
];

/** A CRM placeholder is a bare name (`{{customer.id}}`); anything else the scanner finds stays as written. */
const NAME = /^[\w.]+$/;

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
  // The same scanner as template bodies (./placeholders): one definition of `{{…}}`, linear time.
  const filled = replacePlaceholders(template.trim(), ({ path, fallback }, raw) =>
    fallback === undefined && NAME.test(path) ? encodeURIComponent((Object.hasOwn(values, path) ? values[path] : undefined) ?? '') : raw,
  );
  const problem = webAddressProblem(filled, 'crm');
  if (problem) throw new Error(problem);
  return new URL(filled).href;
}
