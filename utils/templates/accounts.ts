/**
 * Templates limited to brand accounts: a telco answers as its care, recruiting and PR accounts, and a
 * reply written for one must not be offered on another. A template without `accounts` is for every
 * account. Handles are kept lower-case without "@": X compares them case-insensitively.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { parseHandle } from '@/utils/x/handle';

/** At most this many accounts on one template or pack: a longer list is a paste gone wrong. */
export const MAX_TEMPLATE_ACCOUNTS = 20;

/** "@Acme_Care" → "acme_care"; null when it is not an X handle. */
export function accountKey(input: string): string | null {
  return parseHandle(input)?.toLowerCase() ?? null;
}

export type AccountListResult =
  | { ok: true; accounts: string[] }
  | { ok: false; bad: string; tooMany?: never }
  | { ok: false; tooMany: true; bad?: never };

/**
 * "@acme_care, acme_jobs" (commas of either script, or spaces) → ["acme_care", "acme_jobs"], without
 * repeats; the first entry that is not a handle is returned as `bad`, so the editor can name it.
 */
export function parseAccountList(text: string): AccountListResult {
  const accounts: string[] = [];
  for (const part of text.split(/[\s,，]+/).filter(Boolean)) {
    const key = accountKey(part);
    if (!key) return { ok: false, bad: part };
    if (!accounts.includes(key)) accounts.push(key);
  }
  if (accounts.length > MAX_TEMPLATE_ACCOUNTS) return { ok: false, tooMany: true };
  return { ok: true, accounts };
}

/** The list as the editor shows it: "@acme_care, @acme_jobs". */
export function formatAccountList(accounts: readonly string[] | undefined): string {
  return (accounts ?? []).map((a) => `@${a}`).join(', ');
}

/** Whether `template` may be offered while the agent answers as `account` (undefined: Careline cannot see it). */
export function availableFor(template: Pick<TemplateRecord, 'accounts'>, account: string | undefined): boolean {
  const limited = template.accounts;
  if (!limited || limited.length === 0) return true;
  // Without a known account there is nothing to limit by: X shows it on every signed-in page.
  if (!account) return true;
  return limited.includes(account.toLowerCase());
}

/** The templates offered while answering as `account`, in the order given. */
export function templatesFor<T extends Pick<TemplateRecord, 'accounts'>>(
  templates: readonly T[],
  account: string | undefined,
): T[] {
  return templates.filter((t) => availableFor(t, account));
}
