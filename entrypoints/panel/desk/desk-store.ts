/**
 * The panel's desk, UI state only: the team's incidents as the background last read them, the topic
 * the agent chose per post, the posts attached here, and the fixed-reply walk. Nothing of it is
 * stored: the team server holds incidents and topics, and a walk asks the server where it stands.
 */
import { create } from 'zustand';
import type { FixPost, Incident } from '@/utils/team/desk-types';
import type { Topic } from '@/utils/templates/suggest/topic';

/** One post of a walk: being answered, fixed (by this agent) or found fixed by a colleague. */
export type WalkStep =
  | { kind: 'loading' }
  /** left: posts still owed the fixed reply when the server handed this one, this one included. */
  | { kind: 'post'; post: FixPost; since: string; left: number }
  | { kind: 'fixed'; post: FixPost; left: number }
  | { kind: 'taken'; post: FixPost }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

export interface Walk {
  incidentId: string;
  step: WalkStep;
}

interface DeskState {
  incidents: Incident[];
  /** The agent's own choice of topic, by post (a post without one shows the panel's guess). */
  topics: Record<string, Topic>;
  /** Posts attached from this panel, to the incident's id; `already`: the server had it attached before. */
  attached: Record<string, { incidentId: string; already: boolean }>;
  walk: Walk | null;
  /** Why attaching a post failed, by post (shown under its buttons until the next try). */
  attachFailed: Record<string, string>;
  setIncidents(incidents: Incident[]): void;
  chooseTopic(post: string, topic: Topic): void;
  noteAttached(post: string, incidentId: string, already: boolean): void;
  setWalk(walk: Walk | null): void;
  setAttachFailed(post: string, message: string | null): void;
}

export const useDeskStore = create<DeskState>((set) => ({
  incidents: [],
  topics: {},
  attached: {},
  walk: null,
  attachFailed: {},
  setIncidents: (incidents) => set({ incidents }),
  chooseTopic: (post, topic) => set((s) => ({ topics: { ...s.topics, [post]: topic } })),
  noteAttached: (post, incidentId, already) =>
    set((s) => ({ attached: { ...s.attached, [post]: { incidentId, already } } })),
  setWalk: (walk) => set({ walk }),
  setAttachFailed: (post, message) =>
    set((s) => {
      const { [post]: _gone, ...rest } = s.attachFailed;
      return { attachFailed: message === null ? rest : { ...rest, [post]: message } };
    }),
}));

/** Posts owed the fixed reply. */
export const leftOf = (incident: Incident) => Math.max(0, incident.posts - incident.fixed);
