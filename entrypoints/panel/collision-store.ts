/** The collision alert's UI state: the answers the agent dismissed (for as long as the panel is open). */
import { create } from 'zustand';

interface CollisionState {
  dismissed: string[];
  dismiss(key: string): void;
}

const useCollisionStore = create<CollisionState>((set) => ({
  dismissed: [],
  dismiss: (key) => set((s) => (s.dismissed.includes(key) ? s : { dismissed: [...s.dismissed, key] })),
}));

export function useDismissed(): readonly string[] {
  return useCollisionStore((s) => s.dismissed);
}

export function dismissCollision(key: string): void {
  useCollisionStore.getState().dismiss(key);
}
