/** UI state of the panel only (Dexie is the truth for data). */
import { create } from 'zustand';
import type { ComposerSnapshot, PageState } from '@/utils/messaging/protocol';
import type { PrivateField } from '@/utils/templates/public-reply';
import type { InsertRequest } from './useInsertFlow';

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; strategy: string }
  /** Values the template needs are missing: the agent confirms or fixes them first. */
  | { kind: 'missing'; templateId: string; paths: string[] }
  | { kind: 'failed'; text: string; missing: string; copied: boolean }
  /** A public reply with customer data: the dialog asks the agent for this insert (issue 11). */
  | { kind: 'public-confirm'; request: InsertRequest; fields: PrivateField[] }
  /** The team lead chose "Never insert" for customer data in public replies. */
  | { kind: 'public-refused'; fields: PrivateField[] };

interface PanelState {
  page: PageState | null;
  connected: boolean;
  query: string;
  selectedId: string | null;
  /** Language variant picked by the agent for the selected template (null: follow the tweet). */
  lang: string | null;
  /** The Fill in dialog is open for this template. */
  fillInFor: string | null;
  insert: InsertStatus;
  /** Handed over from `;shortcut`: this template's preview and Insert are brought into view once. */
  revealFor: string | null;
  /** X's box around the insert point, for the length meter (null: no box, or not heard yet). */
  composer: ComposerSnapshot | null;
  setPage(page: PageState): void;
  setComposer(composer: ComposerSnapshot | null): void;
  setConnected(connected: boolean): void;
  setQuery(query: string): void;
  select(id: string | null): void;
  setLang(lang: string | null): void;
  openFillIn(id: string | null): void;
  setInsert(status: InsertStatus): void;
  reveal(id: string | null): void;
}

export const usePanelStore = create<PanelState>((set) => ({
  page: null,
  connected: false,
  query: '',
  selectedId: null,
  lang: null,
  fillInFor: null,
  insert: { kind: 'idle' },
  revealFor: null,
  composer: null,
  setPage: (page) => set({ page }),
  setComposer: (composer) => set({ composer }),
  setConnected: (connected) => set({ connected }),
  setQuery: (query) => set({ query }),
  select: (selectedId) => set((s) => (s.selectedId === selectedId ? s : { selectedId, lang: null, insert: { kind: 'idle' } })),
  setLang: (lang) => set({ lang }),
  openFillIn: (fillInFor) => set({ fillInFor }),
  setInsert: (insert) => set({ insert }),
  reveal: (revealFor) => set({ revealFor }),
}));
