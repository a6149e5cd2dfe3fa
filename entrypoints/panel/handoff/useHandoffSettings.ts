/** The team's handoff settings (options → Handoff), live: a change in options reaches open panels. */
import { useEffect, useState } from 'react';
import { DEFAULT_HANDOFF_SETTINGS, handoffSettings, readHandoffSettings } from '@/utils/handoff/settings';
import type { HandoffSettings } from '@/utils/handoff/types';

export function useHandoffSettings(): HandoffSettings {
  const [settings, setSettings] = useState<HandoffSettings>(DEFAULT_HANDOFF_SETTINGS);
  useEffect(() => {
    void readHandoffSettings().then(setSettings);
    return handoffSettings.watch((s) => setSettings({ ...DEFAULT_HANDOFF_SETTINGS, ...s }));
  }, []);
  return settings;
}
