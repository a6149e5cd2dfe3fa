/**
 * A setting's value, live: read once, then followed, so a change in options (this tab or another)
 * reaches every open Careline page at once. The setting's fallback until the first read lands.
 */
import { useEffect, useState } from 'react';
import type { StoredSetting } from '@/utils/settings/define-setting';

export function useStoredValue<T>(setting: StoredSetting<T>): T {
  return useFollowed(setting)[0];
}

/**
 * The value and a way to change part of it: the change shows at once (a checkbox ticks on the click,
 * not when storage reports back), then is merged over what is stored and written (StoredSetting.update).
 */
export function useStoredSetting<T extends object>(setting: StoredSetting<T>): [T, (patch: Partial<T>) => Promise<T>] {
  const [value, setValue] = useFollowed(setting);
  const update = (patch: Partial<T>) => {
    setValue((shown) => setting.normalise({ ...shown, ...patch }));
    return setting.update(patch);
  };
  return [value, update];
}

function useFollowed<T>(setting: StoredSetting<T>) {
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
  return [value, setValue] as const;
}
