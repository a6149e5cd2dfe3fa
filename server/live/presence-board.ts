/**
 * Who is present on which subject, for every team this process has live connections of, whichever
 * process holds the connection. In memory only. `onChange` hears the subjects whose people changed.
 */
import type { PresenceAnnouncement } from './fanout';
import type { PresencePerson } from '../../utils/team/live-wire';

export interface BoardEntry extends PresenceAnnouncement {
  origin: string;
  seenAt: number;
}

interface TeamBoard {
  entries: Map<string, BoardEntry>;
  bySubject: Map<string, Set<string>>;
}

export class PresenceBoard {
  private readonly teams = new Map<string, TeamBoard>();

  constructor(
    private readonly self: string,
    private readonly onChange: (teamId: string, subjects: Set<string>) => void,
  ) {}

  /** Replaces the entry under `entry.key`; no subjects removes it. */
  put(teamId: string, entry: PresenceAnnouncement, origin: string, at: number): void {
    const team = this.team(teamId);
    const old = team.entries.get(entry.key);
    if (old && old.state === entry.state && old.name === entry.name && sameList(old.subjects, entry.subjects)) {
      old.seenAt = at;
      return;
    }
    const changed = new Set([...(old?.subjects ?? []), ...entry.subjects]);
    if (old) this.unindex(team, old);
    if (entry.subjects.length) {
      const next: BoardEntry = { ...entry, subjects: [...entry.subjects], origin, seenAt: at };
      team.entries.set(entry.key, next);
      for (const subject of next.subjects) {
        let keys = team.bySubject.get(subject);
        if (!keys) team.bySubject.set(subject, (keys = new Set()));
        keys.add(entry.key);
      }
    }
    this.settle(teamId, team, changed);
  }

  remove(teamId: string, key: string): void {
    const team = this.teams.get(teamId);
    const old = team?.entries.get(key);
    if (!team || !old) return;
    this.unindex(team, old);
    this.settle(teamId, team, new Set(old.subjects));
  }

  dropAgent(teamId: string, agentId: string): void {
    const team = this.teams.get(teamId);
    if (!team) return;
    const changed = new Set<string>();
    for (const entry of [...team.entries.values()]) {
      if (entry.agentId !== agentId) continue;
      this.unindex(team, entry);
      for (const s of entry.subjects) changed.add(s);
    }
    this.settle(teamId, team, changed);
  }

  /** Forgets other processes' entries last announced before `before`. */
  expire(before: number): void {
    for (const [teamId, team] of [...this.teams]) {
      const changed = new Set<string>();
      for (const entry of [...team.entries.values()]) {
        if (entry.origin === this.self || entry.seenAt >= before) continue;
        this.unindex(team, entry);
        for (const s of entry.subjects) changed.add(s);
      }
      this.settle(teamId, team, changed);
    }
  }

  on(teamId: string, subject: string): BoardEntry[] {
    const team = this.teams.get(teamId);
    const keys = team?.bySubject.get(subject);
    if (!team || !keys) return [];
    return [...keys].map((k) => team.entries.get(k)).filter((e): e is BoardEntry => !!e);
  }

  /** One line per agent (several panels of one agent are one person; replying wins), `exceptAgent` left out. */
  people(entries: readonly BoardEntry[], exceptAgent: string): PresencePerson[] {
    const byAgent = new Map<string, PresencePerson>();
    for (const e of entries) {
      if (e.agentId === exceptAgent) continue;
      const seen = byAgent.get(e.agentId);
      if (!seen || (seen.state === 'viewing' && e.state === 'replying')) {
        byAgent.set(e.agentId, { agentId: e.agentId, name: e.name, state: e.state });
      }
    }
    return [...byAgent.values()].sort((a, b) => a.name.localeCompare(b.name) || a.agentId.localeCompare(b.agentId));
  }

  size(): number {
    let n = 0;
    for (const team of this.teams.values()) n += team.entries.size;
    return n;
  }

  private team(teamId: string): TeamBoard {
    let team = this.teams.get(teamId);
    if (!team) this.teams.set(teamId, (team = { entries: new Map(), bySubject: new Map() }));
    return team;
  }

  private unindex(team: TeamBoard, entry: BoardEntry): void {
    team.entries.delete(entry.key);
    for (const subject of entry.subjects) {
      const keys = team.bySubject.get(subject);
      keys?.delete(entry.key);
      if (keys?.size === 0) team.bySubject.delete(subject);
    }
  }

  private settle(teamId: string, team: TeamBoard, changed: Set<string>): void {
    if (team.entries.size === 0) this.teams.delete(teamId);
    if (changed.size) this.onChange(teamId, changed);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
