/**
 * The team lead's rule for CRM fields (and imported columns) in public replies (issue 11): "ask"
 * (the default) has the panel ask the agent on every insert, naming the fields; "never" refuses the
 * insert and points to a DM. Its own small item, so the panel reads it at each insert without the
 * retention settings beside it.
 */
import { storage } from 'wxt/utils/storage';
import type { PublicFieldsPolicy } from '@/utils/templates/public-reply';

export interface PublicReplySettings {
  crmFields: PublicFieldsPolicy;
}

export const publicReplySettings = storage.defineItem<PublicReplySettings>('local:publicReplySettings', {
  fallback: { crmFields: 'ask' },
});

/** A stored value from an older or hand-edited profile: anything but "never" asks (the safe default). */
export async function publicFieldsPolicy(): Promise<PublicFieldsPolicy> {
  const { crmFields } = await publicReplySettings.getValue();
  return crmFields === 'never' ? 'never' : 'ask';
}
