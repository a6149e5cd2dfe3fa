/**
 * Sign-offs per brand account (options → You): the same agent signs "^SY" on the care account and
 * "– Acme Careers" on the recruiting one. {{agent.signoff}} takes the sign-off of the account the
 * agent answers as, else the default sign-off (AgentSettings.agentSignoff).
 */
import { HANDLE_RE } from '@/utils/x/handle';
import { defineSetting, field } from './define-setting';

/** Longer is a paste gone wrong: a sign-off is a few characters of a 280-character reply. */
export const MAX_SIGNOFF = 40;

export interface AccountSignoff {
  /** Lower-case, without "@". */
  handle: string;
  signoff: string;
}

export interface PersonaSignoffs {
  accounts: AccountSignoff[];
}

/** Entries that are not a handle with a non-empty sign-off are dropped; handles lower-cased, one entry each. */
export function normalisePersonaSignoffs(stored: unknown): PersonaSignoffs {
  const list = field(stored, 'accounts');
  const accounts: AccountSignoff[] = [];
  for (const entry of Array.isArray(list) ? (list as unknown[]) : []) {
    const handle = field(entry, 'handle');
    const signoff = field(entry, 'signoff');
    if (typeof handle !== 'string' || !HANDLE_RE.test(handle) || typeof signoff !== 'string') continue;
    const text = signoff.trim().slice(0, MAX_SIGNOFF);
    const key = handle.toLowerCase();
    if (text && !accounts.some((a) => a.handle === key)) accounts.push({ handle: key, signoff: text });
  }
  return { accounts: accounts.sort((a, b) => a.handle.localeCompare(b.handle)) };
}

export const personaSignoffs = defineSetting('local:personaSignoffs', normalisePersonaSignoffs);

/** The sign-off for replies from `account`: its own, else `fallback` (the agent's default sign-off). */
export function signoffFor(settings: PersonaSignoffs, account: string | undefined, fallback: string): string {
  if (!account) return fallback;
  const key = account.toLowerCase();
  return settings.accounts.find((a) => a.handle === key)?.signoff ?? fallback;
}

/** `settings` with `handle` signing `signoff` (replacing its earlier one). */
export function withAccountSignoff(settings: PersonaSignoffs, handle: string, signoff: string): PersonaSignoffs {
  const key = handle.toLowerCase();
  return normalisePersonaSignoffs({
    accounts: [...settings.accounts.filter((a) => a.handle !== key), { handle: key, signoff }],
  });
}

export function withoutAccountSignoff(settings: PersonaSignoffs, handle: string): PersonaSignoffs {
  const key = handle.toLowerCase();
  return { accounts: settings.accounts.filter((a) => a.handle !== key) };
}
