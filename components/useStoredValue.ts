/**
 * A setting's value, live: read once, then followed, so a change in options (this tab or another)
 * reaches every open Careline page at once. The setting's fallback until the first read lands.
 */
import { useEffect, useState } from 'react';
import type { StoredSetting } from '@/utils/settings/define-setting';

export function useStoredValue<T>(setting: StoredSetting<T>): T {
  const [value, setValue] = useState<T>(setting.fallback);
  useEffect(() => {
    let live = true;
    // A change seen while the first read is on its way is newer than what that read returns.
    let changed = false;
    void setting.getValue().then((stored) => {
      if (live && !changed) setValue(stored);
    });
    const unwatch = setting.watch((next) => {
      changed = true;
      setValue(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [setting]);
  return value;
}
