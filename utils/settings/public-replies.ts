/**
 * The team lead's rule for CRM fields (and imported columns) in public replies: "ask"
 * (the default) has the panel ask the agent on every insert, naming the fields; "never" refuses the
 * insert and points to a DM. Its own small item, so the panel reads it at each insert without the
 * retention settings beside it.
 */
import type { PublicFieldsPolicy } from '@/utils/templates/public-reply';
import { defineSetting, field } from './define-setting';

export interface PublicReplySettings {
  crmFields: PublicFieldsPolicy;
}

/** A stored value from an older or hand-edited profile: anything but "never" asks (the safe default). */
export function normalisePublicReplySettings(stored: unknown): PublicReplySettings {
  return { crmFields: field(stored, 'crmFields') === 'never' ? 'never' : 'ask' };
}

export const publicReplySettings = defineSetting('local:publicReplySettings', normalisePublicReplySettings);

export async function publicFieldsPolicy(): Promise<PublicFieldsPolicy> {
  return (await publicReplySettings.getValue()).crmFields;
}
