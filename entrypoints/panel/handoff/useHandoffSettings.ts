/**
 * The team's handoff settings (options → Handoff), live: a change in options reaches open panels.
 * Without the secrets: the panel needs the reasons and the call center, never the webhook's keys.
 */
import { useEffect, useState } from 'react';
import {
  completeStored,
  DEFAULT_STORED_HANDOFF_SETTINGS,
  handoffSettings,
  readStoredHandoffSettings,
} from '@/utils/handoff/settings';
import type { StoredHandoffSettings } from '@/utils/handoff/types';

export function useHandoffSettings(): StoredHandoffSettings {
  const [settings, setSettings] = useState<StoredHandoffSettings>(DEFAULT_STORED_HANDOFF_SETTINGS);
  useEffect(() => {
    void readStoredHandoffSettings().then(setSettings);
    return handoffSettings.watch((s) => setSettings(completeStored(s)));
  }, []);
  return settings;
}
