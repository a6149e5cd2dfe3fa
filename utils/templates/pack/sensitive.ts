/**
 * Which templates of a published team pack need a lead's approval before agents get the version:
 * those marked `sensitive` (in the new version or in the one agents have now) that the version adds
 * or changes. A sensitive template that stays as it was, or one that is removed, holds nothing: the
 * team already has (or loses) exactly the approved text. Taking the mark off is a change of a
 * sensitive template, so it is approved too. Pure: the team server runs it.
 */
import { TEMPLATE_FIELDS, type PackFile, type PackTemplate } from './format';
import { sameValue } from './same-value';

/** Everything of a template but its id: known fields and unknown ones alike. */
function contentOf(t: PackTemplate): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t).filter(([key]) => key !== TEMPLATE_FIELDS[0]));
}

/** The sensitive templates `next` adds or changes against `released` (null: nothing released yet), in file order. */
export function sensitiveChanges(next: Pick<PackFile, 'templates'>, released: Pick<PackFile, 'templates'> | null) {
  const before = new Map((released?.templates ?? []).map((t) => [t.id, t]));
  return next.templates.filter((t) => {
    const old = before.get(t.id);
    if (t.sensitive !== true && old?.sensitive !== true) return false;
    return !old || !sameValue(contentOf(old), contentOf(t));
  });
}
