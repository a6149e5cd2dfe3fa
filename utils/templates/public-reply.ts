/**
 * May this reply go into a public post as it is? A public reply on X is public forever (and under
 * Korea's PIPA a customer's CRM data in one is a reportable leak), so in public every private field
 * that actually gets a value (field-privacy.ts is the one rule of what is private) needs the agent's
 * confirmation for this insert, or is refused when the team lead chose "Never insert". In X Chat the
 * reply goes to the customer alone: nothing to ask.
 */
import type { Audience } from '@/utils/x/audience';
import { privatePaths } from './field-privacy';
import { renderTemplate, type RenderValues } from './render';

/** The team lead's choice for CRM fields in public replies (utils/settings/public-replies.ts). */
export type PublicFieldsPolicy = 'ask' | 'never';

/** A private field the reply would publish, with the value it would publish. */
export interface PrivateField {
  path: string;
  value: string;
}

export type PublicReplyCheck = { kind: 'ok' } | { kind: 'ask' | 'refuse'; fields: PrivateField[] };

/**
 * The private fields of a body that get a value from `values`. A field left empty (flagged as missing)
 * or replaced by the template's own fallback publishes nothing of the customer's.
 */
export function filledPrivateFields(body: string, values: RenderValues): PrivateField[] {
  const fields: PrivateField[] = [];
  for (const path of privatePaths(body)) {
    // The path rendered on its own, without a fallback: the renderer's lookup is the one truth.
    const r = renderTemplate(`{{${path}}}`, values);
    if (r.missing.length === 0 && r.text !== '') fields.push({ path, value: r.text });
  }
  return fields;
}

export function checkPublicReply(args: {
  audience: Audience;
  body: string;
  values: RenderValues;
  policy: PublicFieldsPolicy;
}): PublicReplyCheck {
  if (args.audience === 'private') return { kind: 'ok' };
  const fields = filledPrivateFields(args.body, args.values);
  if (fields.length === 0) return { kind: 'ok' };
  return { kind: args.policy === 'never' ? 'refuse' : 'ask', fields };
}

/** True when the agent confirmed exactly these fields with these values (nothing changed meanwhile). */
export function sameFields(a: readonly PrivateField[], b: readonly PrivateField[]): boolean {
  return a.length === b.length && a.every((f, i) => f.path === b[i]?.path && f.value === b[i]?.value);
}
