/** UI state of the panel only (Dexie is the truth for data). */
import { create } from 'zustand';
import type { PageState } from '@/utils/messaging/protocol';

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; strategy: string }
  | { kind: 'failed'; text: string; missing: string; copied: boolean };

interface PanelState {
  page: PageState | null;
  connected: boolean;
  query: string;
  selectedId: string | null;
  insert: InsertStatus;
  setPage(page: PageState): void;
  setConnected(connected: boolean): void;
  setQuery(query: string): void;
  select(id: string | null): void;
  setInsert(status: InsertStatus): void;
}

export const usePanelStore = create<PanelState>((set) => ({
  page: null,
  connected: false,
  query: '',
  selectedId: null,
  insert: { kind: 'idle' },
  setPage: (page) => set({ page }),
  setConnected: (connected) => set({ connected }),
  setQuery: (query) => set({ query }),
  select: (selectedId) => set({ selectedId }),
  setInsert: (insert) => set({ insert }),
}));
