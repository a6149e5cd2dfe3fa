/**
 * CPU time and memory of processes from /proc (Linux): what the server bench divides by events,
 * lookups and connected agents to get per-unit costs. A PostgreSQL cluster counts as one: its
 * postmaster, every live backend, and the backends that already exited (the postmaster's cutime).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux counts CPU time in clock ticks of 1/100 s on every platform Node runs on. */
const TICK_MS = 10;

interface Stat {
  ppid: number;
  /** utime + stime, ms. */
  ownMs: number;
  /** cutime + cstime: children waited for, ms. */
  childrenMs: number;
}

function stat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // the process has exited
  }
  // The command name may hold spaces and parentheses: the fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const n = (i: number) => Number(fields[i - 3]);
  return { ppid: n(4), ownMs: (n(14) + n(15)) * TICK_MS, childrenMs: (n(16) + n(17)) * TICK_MS };
}

/** CPU time one process has used so far, ms. */
export function processCpuMs(pid: number): number {
  return stat(pid)?.ownMs ?? 0;
}

/** Resident memory of one process, KB (VmRSS). */
export function rssKb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) : 0;
  } catch {
    return 0;
  }
}

export function parentPid(pid: number): number | undefined {
  return stat(pid)?.ppid;
}

/** CPU time of a process tree rooted at `root` (one level: a postmaster and its backends), ms. */
export function clusterCpuMs(root: number): number {
  const top = stat(root);
  if (!top) return 0;
  let total = top.ownMs + top.childrenMs;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s?.ppid === root) total += s.ownMs;
  }
  return total;
}
