/**
 * The team's handoff settings (options → Handoff), live: a change in options reaches open panels.
 * Without the secrets: the panel needs the reasons and the call center, never the webhook's keys.
 */
import { useStoredValue } from '@/components/useStoredValue';
import { handoffSettings } from '@/utils/handoff/settings';
import type { StoredHandoffSettings } from '@/utils/handoff/types';

export function useHandoffSettings(): StoredHandoffSettings {
  return useStoredValue(handoffSettings);
}
