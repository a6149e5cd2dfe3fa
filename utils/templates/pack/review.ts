/**
 * Which pack updates a person must see before they go live. A subscription refresh applies by itself
 * every 30 minutes; a compromised or careless pack could make a reply start filling in the
 * customer's phone number or CRM id, and the agent would learn of it in a public reply.
 *
 * The rule: an update waits for review when a template in it uses a PRIVATE placeholder path
 * (field-privacy.ts: CRM fields, imported columns, ticket ids, unknown paths) that the same template
 * (same id) did not use before, in its body or any variant. A new template counts with all of its
 * private paths. Public paths (handle, display name, agent, date), fill-ins and {{cursor}} do not
 * hold an update: their values are already visible on X or typed by the agent.
 */
import type { PlaceholderGain, TemplateRecord } from '@/utils/db/types';
import { isPrivatePath } from '../field-privacy';
import { placeholderPaths } from '../render';
import type { ImportPlan } from './plan';

export type { PlaceholderGain };

function pathsOf(t: Pick<TemplateRecord, 'body' | 'variants'>): Set<string> {
  const paths = new Set<string>();
  for (const body of [t.body, ...Object.values(t.variants ?? {})])
    for (const path of placeholderPaths(body)) paths.add(path);
  return paths;
}

/** The private placeholders each template of the plan gains, in file order; empty when none does. */
export function privatePlaceholderGains(plan: Pick<ImportPlan, 'templates' | 'added' | 'changed'>): PlaceholderGain[] {
  const before = new Map(plan.changed.map((c) => [c.after.id, c.before]));
  const added = new Set(plan.added.map((t) => t.id));
  const gains: PlaceholderGain[] = [];
  for (const t of plan.templates) {
    const old = before.get(t.id);
    if (!old && !added.has(t.id)) continue; // unchanged
    const had = old ? pathsOf(old) : new Set<string>();
    const paths = [...pathsOf(t)].filter((p) => !had.has(p) && isPrivatePath(p));
    if (paths.length > 0) gains.push({ id: t.id, title: t.title, paths });
  }
  return gains;
}

/** `“Title”: {{customer.phone}}, {{customer.id}}; …` for a line of text. */
export function describeGains(gains: readonly PlaceholderGain[]): string {
  return gains.map((g) => `“${g.title}”: ${g.paths.map((p) => `{{${p}}}`).join(', ')}`).join('; ');
}
