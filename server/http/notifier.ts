/**
 * The in-process ChangeNotifier: a push wakes every long-polling pull of the same team at once.
 * One server process holds all waiters; replicas would need LISTEN/NOTIFY instead.
 */
import type { ChangeNotifier } from './env';

export function createChangeNotifier(): ChangeNotifier {
  const waiters = new Map<string, Set<() => void>>();
  return {
    notify(teamId) {
      const set = waiters.get(teamId);
      if (!set) return;
      waiters.delete(teamId);
      for (const wake of set) wake();
    },
    wait(teamId, ms, signal) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted || ms <= 0) return resolve();
        let set = waiters.get(teamId);
        if (!set) waiters.set(teamId, (set = new Set()));
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          const current = waiters.get(teamId);
          current?.delete(done);
          if (current?.size === 0) waiters.delete(teamId);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        set.add(done);
      });
    },
  };
}
