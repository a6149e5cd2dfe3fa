/**
 * How long a post may be, per X account the team posts from: 280 weighted, or 25,000 for the longer
 * posts of X Premium and verified organisations (X sets it per account, so Careline does too), plus
 * the limit for an account Careline does not know or cannot see.
 */
import { MAX_TWEET_LENGTH, POST_LIMITS, type PostLimit } from '@/utils/templates/length';
import { HANDLE_RE } from '@/utils/x/handle';
import { defineSetting, field } from './define-setting';

export interface AccountPostLimit {
  /** Without "@", as typed (compared case-insensitively, as X does). */
  handle: string;
  limit: PostLimit;
}

export interface PostLimitSettings {
  defaultLimit: PostLimit;
  accounts: AccountPostLimit[];
}

export { parseHandle } from '@/utils/x/handle';

export function isPostLimit(value: unknown): value is PostLimit {
  return POST_LIMITS.some((limit) => limit === value);
}

/** Unknown limits fall back to X's 280; an account entry that is not a handle with a known limit is dropped. */
export function normalisePostLimitSettings(stored: unknown): PostLimitSettings {
  const defaultLimit = field(stored, 'defaultLimit');
  const accounts = field(stored, 'accounts');
  return {
    defaultLimit: isPostLimit(defaultLimit) ? defaultLimit : MAX_TWEET_LENGTH,
    accounts: Array.isArray(accounts)
      ? accounts.flatMap((entry: unknown) => {
          const handle = field(entry, 'handle');
          const limit = field(entry, 'limit');
          return typeof handle === 'string' && HANDLE_RE.test(handle) && isPostLimit(limit) ? [{ handle, limit }] : [];
        })
      : [],
  };
}

export const postLimitSettings = defineSetting('local:postLimits', normalisePostLimitSettings);

/** The limit for posts from `account` (the handle X shows as signed in), else the default. */
export function postLimitFor(settings: PostLimitSettings, account: string | undefined): PostLimit {
  if (!account) return settings.defaultLimit;
  const key = account.toLowerCase();
  return settings.accounts.find((a) => a.handle.toLowerCase() === key)?.limit ?? settings.defaultLimit;
}

/** `settings` with `handle` set to `limit` (one entry per account, whatever its case). */
export function withAccountLimit(settings: PostLimitSettings, handle: string, limit: PostLimit): PostLimitSettings {
  const key = handle.toLowerCase();
  const others = settings.accounts.filter((a) => a.handle.toLowerCase() !== key);
  return { ...settings, accounts: [...others, { handle, limit }].sort((a, b) => a.handle.localeCompare(b.handle)) };
}

export function withoutAccount(settings: PostLimitSettings, handle: string): PostLimitSettings {
  const key = handle.toLowerCase();
  return { ...settings, accounts: settings.accounts.filter((a) => a.handle.toLowerCase() !== key) };
}
