/**
 * The collision alert's UI state: the live connection's 'answered' messages heard while the panel is
 * open, and the answers the agent dismissed. The live client calls `noteLiveAnswer` with each
 * 'answered' message it has checked; the alert reads them through `useLiveAnswersFor`.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { LiveAnswer } from '@/utils/team/collision';

/** Answers kept at most (the oldest go first): the alert only looks at the post on screen. */
const MAX_ANSWERS = 200;

interface CollisionState {
  live: LiveAnswer[];
  dismissed: string[];
  noteLive(answer: LiveAnswer): void;
  dismiss(key: string): void;
}

const useCollisionStore = create<CollisionState>((set) => ({
  live: [],
  dismissed: [],
  noteLive: (answer) => set((s) => ({ live: [...s.live, answer].slice(-MAX_ANSWERS) })),
  dismiss: (key) => set((s) => (s.dismissed.includes(key) ? s : { dismissed: [...s.dismissed, key] })),
}));

/** A live 'answered' message (already checked against utils/team/live-wire.ts): the alert may show it. */
export function noteLiveAnswer(answer: LiveAnswer): void {
  const { postId, state, agentId, agentName, at, text } = answer;
  useCollisionStore.getState().noteLive({ postId, state, agentId, agentName, at, text });
}

/** The live answers heard for `postId`. */
export function useLiveAnswersFor(postId: string | null): LiveAnswer[] {
  return useCollisionStore(useShallow((s) => (postId ? s.live.filter((a) => a.postId === postId) : [])));
}

export function useDismissed(): readonly string[] {
  return useCollisionStore((s) => s.dismissed);
}

export function dismissCollision(key: string): void {
  useCollisionStore.getState().dismiss(key);
}
