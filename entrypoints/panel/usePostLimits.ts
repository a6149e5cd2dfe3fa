import { useStoredValue } from '@/components/useStoredValue';
import { postLimitSettings, type PostLimitSettings } from '@/utils/settings/post-limits';

/** The post limits per X account (options → You), followed live: a change there applies at once. */
export function usePostLimits(): PostLimitSettings {
  return useStoredValue(postLimitSettings);
}
