/**
 * CRM handoff: the call center's own "new ticket" form, opened in a new tab with the case filled in
 * through its query string. The team lead writes the template; every value is percent-encoded, so a
 * customer's text can never change the address's structure (host, path, other parameters).
 */
import { findPlaceholders, replacePlaceholders } from '@/utils/templates/placeholders';
import { CRM_VARIABLES } from '@/utils/templates/variables';
import type { HandoffPayload } from './types';
import { webAddressProblem } from './web-address';

/** The placeholders a template may use, with what each becomes (shown on the options page): the registry's CRM entries. */
export const CRM_PLACEHOLDERS: ReadonlyArray<{ readonly name: string; readonly description: string }> =
  CRM_VARIABLES.map((v) => ({
    name: v.path,
    // Read when shown: the options page renders it in the page's language, which may change.
    get description(): string {
      return v.crmDescription;
    },
  }));

/** A CRM placeholder is a bare name (`{{customer.id}}`); anything else the scanner finds stays as written. */
const NAME = /^[\w.]+$/;

const CRM_BY_PATH = new Map(CRM_VARIABLES.map((v) => [v.path, v]));

/** The paths of a CRM form's address that are no CRM variable (a typo leaves a blank field in the form). */
export function unknownCrmPaths(template: string): string[] {
  const unknown = new Set<string>();
  for (const { path, fallback } of findPlaceholders(template))
    if (fallback === undefined && NAME.test(path) && !CRM_BY_PATH.has(path)) unknown.add(path);
  return [...unknown];
}

/** The filled-in address. Throws an Error saying what is wrong when it is not an allowed web address. */
export function crmUrl(template: string, payload: HandoffPayload): string {
  // Unknown placeholders become empty: a typo leaves a blank field in the form, not "{{nmae}}".
  // The same scanner as template bodies (./placeholders): one definition of `{{…}}`, linear time.
  const filled = replacePlaceholders(template.trim(), ({ path, fallback }, raw) =>
    fallback === undefined && NAME.test(path) ? encodeURIComponent(CRM_BY_PATH.get(path)?.crm?.(payload) ?? '') : raw,
  );
  const problem = webAddressProblem(filled, 'crm');
  if (problem) throw new Error(problem);
  return new URL(filled).href;
}
