/**
 * The in-process ChangeNotifier: a push wakes the long-polling pulls of the same team that asked
 * about one of the pushed customers, not every pull of the team (with a thousand agents waiting, a
 * push that woke them all cost each of them a read of the database). One server process holds all
 * waiters; replicas would need LISTEN/NOTIFY instead.
 */
import type { ChangeNotifier } from './env';

type Waiter = () => void;

interface TeamWaiters {
  /** Waiters for any change of the team. */
  any: Set<Waiter>;
  /** Waiters by the customer ids they asked about. */
  byCustomer: Map<string, Set<Waiter>>;
}

export function createChangeNotifier(): ChangeNotifier {
  const teams = new Map<string, TeamWaiters>();
  const wakeAll = (set: Iterable<Waiter> | undefined) => {
    for (const wake of [...(set ?? [])]) wake();
  };
  return {
    notify(teamId, customerIds) {
      const team = teams.get(teamId);
      if (!team) return;
      wakeAll(team.any);
      if (!customerIds) {
        for (const set of [...team.byCustomer.values()]) wakeAll(set);
        return;
      }
      for (const id of customerIds) wakeAll(team.byCustomer.get(id));
    },
    wait(teamId, ms, signal, customerIds) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted || ms <= 0) return resolve();
        let team = teams.get(teamId);
        if (!team) teams.set(teamId, (team = { any: new Set(), byCustomer: new Map() }));
        const ids = customerIds ? [...new Set(customerIds)] : undefined;
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          team.any.delete(done);
          for (const id of ids ?? []) {
            const set = team.byCustomer.get(id);
            set?.delete(done);
            if (set?.size === 0) team.byCustomer.delete(id);
          }
          if (team.any.size === 0 && team.byCustomer.size === 0) teams.delete(teamId);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        if (!ids) team.any.add(done);
        for (const id of ids ?? []) {
          let set = team.byCustomer.get(id);
          if (!set) team.byCustomer.set(id, (set = new Set()));
          set.add(done);
        }
      });
    },
  };
}
