/**
 * A value read from the database that follows writes to `tables`, at most once per `intervalMs`
 * (the first change is answered at once, a burst of changes with one more read at the end). Live
 * queries re-read on every write, which is right for small reads and wrong for counts over big tables.
 */
import { useEffect, useState } from 'react';
import { onTablesChanged } from '@/utils/db/changes';

export function useThrottledRead<T>(read: () => Promise<T>, tables: string[], intervalMs = 1000): T | undefined {
  const [value, setValue] = useState<T>();
  const key = tables.join(',');
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const refresh = () => {
      timer = undefined;
      last = Date.now();
      void read().then((v) => {
        if (!stopped) setValue(v);
      });
    };
    refresh();
    const unsubscribe = onTablesChanged(key.split(','), () => {
      timer ??= setTimeout(refresh, Math.max(0, last + intervalMs - Date.now()));
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    };
    // `read` is expected to be stable (a repository method); the tables decide when to re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, intervalMs]);
  return value;
}
