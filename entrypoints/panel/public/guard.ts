/**
 * The step of the insert that keeps personal data out of public replies by accident: in
 * public, a reply whose template fills CRM fields or imported columns waits for the agent to confirm
 * them (this insert only), or is refused when the team lead chose "Never insert". The policy is read
 * from storage at every insert, so a lead's change applies to the next one.
 */
import { publicFieldsPolicy } from '@/utils/settings/public-replies';
import { checkPublicReply, sameFields, type PrivateField } from '@/utils/templates/public-reply';
import type { RenderValues } from '@/utils/templates/render';
import { variableName } from '@/utils/templates/variables';
import { replyAudience } from '@/utils/x/audience';
import type { ReplyContext } from '@/utils/x/types';
import type { InsertStatus } from '../store';
import type { InsertRequest } from '../useInsertFlow';

/** The status that holds the insert back, or null when it may go on. */
export async function holdPublicReply(request: InsertRequest, body: string, values: RenderValues, kind: ReplyContext['kind'] | undefined): Promise<InsertStatus | null> {
  const policy = await publicFieldsPolicy();
  // `values` are the record's. What the agent typed in Fill in for a value the record lacks is their
  // own writing, seen in the dialog: it asks nothing. "Never insert" is the lead's word on customer
  // data in public replies, typed or not, so it counts what was typed too.
  const checked = policy === 'never' && request.given ? { ...values, given: request.given } : values;
  const check = checkPublicReply({ audience: replyAudience(kind), body, values: checked, policy });
  if (check.kind === 'ok') return null;
  if (check.kind === 'refuse') return { kind: 'public-refused', fields: check.fields };
  // Confirmed only if the agent saw exactly these values: a record that changed meanwhile asks again.
  if (request.confirmedPublic && sameFields(request.confirmedPublic, check.fields)) return null;
  return { kind: 'public-confirm', request: { ...request, confirmedPublic: undefined }, fields: check.fields };
}

/** A field as the agent knows it: the registry's names ("Customer ID"), imported columns by column. */
export function fieldLabel(field: Pick<PrivateField, 'path'>): string {
  return variableName(field.path);
}

export function fieldList(fields: readonly PrivateField[]): string {
  return fields.map((f) => fieldLabel(f)).join(', ');
}
