/**
 * What the live connection told this panel: who else is on the subjects it is on, and the team's
 * running claims. (Its answers go to the collision alert's store.) UI state only: nothing of it is stored.
 */
import { create } from 'zustand';
import type { Claim, LiveServerMessage, PresencePerson } from '@/utils/team/live-wire';
import type { LiveStatus } from './live-connection';

interface LiveState {
  status: LiveStatus;
  /** Who this agent is in the team, from the server's welcome. */
  me: { agentId: string; teamId: string } | null;
  /** The presence subjects of what the panel shows. */
  subjects: string[];
  /** Others present, by presence subject (only subjects this panel is on). */
  people: Record<string, PresencePerson[]>;
  claims: Claim[];
  setStatus(status: LiveStatus): void;
  welcome(me: { agentId: string; teamId: string }): void;
  setClaims(claims: Claim[]): void;
  /** The panel moved: presence of subjects it left is forgotten. */
  setSubjects(subjects: string[]): void;
  receive(message: LiveServerMessage): void;
}

const sameTarget = (a: Pick<Claim, 'postId' | 'customerId'>, b: Pick<Claim, 'postId' | 'customerId'>) =>
  a.postId === b.postId && a.customerId === b.customerId;

export const useLiveStore = create<LiveState>((set) => ({
  status: 'closed',
  me: null,
  subjects: [],
  people: {},
  claims: [],
  setStatus: (status) =>
    // Not live: nobody is shown as present (what they did may have changed meanwhile).
    set(status === 'live' ? { status } : { status, people: {} }),
  welcome: (me) => set({ me }),
  setClaims: (claims) => set({ claims }),
  setSubjects: (subjects) =>
    set((s) => {
      if (subjects.join() === s.subjects.join()) return s;
      const people = Object.fromEntries(Object.entries(s.people).filter(([subject]) => subjects.includes(subject)));
      return { subjects, people };
    }),
  receive: (message) =>
    set((s) => {
      switch (message.type) {
        case 'presence':
          // Late news of a subject the panel has left since: dropped.
          return s.subjects.includes(message.subject)
            ? { people: { ...s.people, [message.subject]: message.people } }
            : s;
        case 'claim':
          return { claims: [...s.claims.filter((c) => !sameTarget(c, message.claim)), message.claim] };
        case 'claim-released':
          return { claims: s.claims.filter((c) => !sameTarget(c, message)) };
        default:
          return s;
      }
    }),
}));

/** Everyone present on any of `subjects`, once each, 'replying' if they reply on any of them. */
export function peopleOn(people: Record<string, PresencePerson[]>, subjects: readonly string[]): PresencePerson[] {
  const byAgent = new Map<string, PresencePerson>();
  for (const subject of subjects) {
    for (const person of people[subject] ?? []) {
      const seen = byAgent.get(person.agentId);
      if (!seen || (seen.state === 'viewing' && person.state === 'replying')) byAgent.set(person.agentId, person);
    }
  }
  // Replying first: that is the one that matters before Send.
  return [...byAgent.values()].sort((a, b) =>
    a.state === b.state ? a.name.localeCompare(b.name) : a.state === 'replying' ? -1 : 1,
  );
}

/** The running claim on this post, or on this customer, if any. */
export function claimOn(
  claims: readonly Claim[],
  target: { postId?: string; customerId?: string },
  now: number,
): Claim | undefined {
  return claims.find(
    (c) =>
      Date.parse(c.until) > now &&
      ((target.postId !== undefined && c.postId === target.postId) ||
        (target.customerId !== undefined && c.customerId === target.customerId)),
  );
}
