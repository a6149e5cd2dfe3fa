import { useEffect, useState } from 'react';
import { postLimitSettings, type PostLimitSettings } from '@/utils/settings/post-limits';

/** The post limits per X account (options → You), followed live: a change there applies at once. */
export function usePostLimits(): PostLimitSettings {
  const [settings, setSettings] = useState<PostLimitSettings>(postLimitSettings.fallback);
  useEffect(() => {
    let live = true;
    void postLimitSettings.getValue().then((value) => live && setSettings(value));
    const unwatch = postLimitSettings.watch((value) => setSettings(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
