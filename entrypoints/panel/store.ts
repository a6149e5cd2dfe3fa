/** UI state of the panel only (Dexie is the truth for data). */
import { create } from 'zustand';
import type { ComposerSnapshot, PageState } from '@/utils/messaging/protocol';
import type { PrivateField } from '@/utils/templates/public-reply';
import { keepEqual } from './keep-equal';
import type { InsertRequest } from './useInsertFlow';

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; strategy: string }
  /** Values the template needs are missing: the agent confirms or fixes them first. */
  | { kind: 'missing'; templateId: string; paths: string[] }
  | { kind: 'failed'; text: string; missing: string; copied: boolean }
  /** The x.com tab did not answer in time: nothing was inserted; the agent can try the same insert again. */
  | { kind: 'timeout'; request: InsertRequest }
  /** A public reply with customer data: the dialog asks the agent for this insert. */
  | { kind: 'public-confirm'; request: InsertRequest; fields: PrivateField[] }
  /** The team lead chose "Never insert" for customer data in public replies. */
  | { kind: 'public-refused'; fields: PrivateField[] };

/** What the agent typed in Fill in, kept until the insert goes through (Cancel loses nothing). */
export interface FillInDraft {
  /** Template and customer it was typed for: another customer starts empty. */
  key: string;
  /** Fill-in fields by label. */
  inputs: Record<string, string>;
  /** Values the record lacks, by path, for this insert only. */
  given: Record<string, string>;
}

interface PanelState {
  page: PageState | null;
  connected: boolean;
  query: string;
  selectedId: string | null;
  /** Language variant picked by the agent for the selected template (null: follow the tweet). */
  lang: string | null;
  /** The Fill in dialog is open for this template. */
  fillInFor: string | null;
  /** Fill in also opens for a template with no fill-in fields, to type the values the record lacks. */
  fillInMissing: boolean;
  fillInDraft: FillInDraft | null;
  insert: InsertStatus;
  /** Handed over from `;shortcut`: this template's preview and Insert are brought into view once. */
  revealFor: string | null;
  /** X's box around the insert point, for the length meter (null: no box, or not heard yet). */
  composer: ComposerSnapshot | null;
  /** The first suggestion for the post being answered (what a send is compared with for the keep rate). */
  suggestedId: string | null;
  /** The post on which the agent (or a `;shortcut` handover) last picked a template: no preselection overrides it there. */
  pickedOn: string | null;
  setPage(page: PageState): void;
  setComposer(composer: ComposerSnapshot | null): void;
  setConnected(connected: boolean): void;
  setQuery(query: string): void;
  /** The agent picks a template (click, arrows, a handover). */
  select(id: string | null): void;
  /** The panel's own choice (the first in the list): never counts as the agent's pick. */
  follow(id: string | null): void;
  /** The first suggestion for `post`, unless the agent already picked something on that post. */
  preselect(post: string, id: string | null): void;
  setSuggested(id: string | null): void;
  setLang(lang: string | null): void;
  openFillIn(id: string | null, forMissing?: boolean): void;
  setFillInDraft(draft: FillInDraft | null): void;
  setInsert(status: InsertStatus): void;
  reveal(id: string | null): void;
}

/** The post being answered, as a key: its status id on a reply, else null. */
export function postKey(page: PageState | null): string | null {
  return page?.context.kind === 'reply' ? (page.context.tweet?.statusId ?? null) : null;
}

export const usePanelStore = create<PanelState>((set) => ({
  page: null,
  connected: false,
  query: '',
  selectedId: null,
  lang: null,
  fillInFor: null,
  fillInMissing: false,
  fillInDraft: null,
  insert: { kind: 'idle' },
  revealFor: null,
  composer: null,
  pickedOn: null,
  suggestedId: null,
  // The content script pushes the whole page state on every change it sees; parts that did not change
  // keep their identity, so a selector on them (the customer, the tweet) re-renders nothing.
  setPage: (page) =>
    set((s) => {
      const next = keepEqual(s.page, page);
      return next === s.page ? s : { page: next };
    }),
  setComposer: (composer) => set({ composer }),
  setConnected: (connected) => set({ connected }),
  setQuery: (query) => set({ query }),
  select: (selectedId) =>
    set((s) => ({
      pickedOn: postKey(s.page),
      ...(s.selectedId === selectedId ? {} : { selectedId, lang: null, insert: { kind: 'idle' } }),
    })),
  follow: (selectedId) =>
    set((s) => (s.selectedId === selectedId ? s : { selectedId, lang: null, insert: { kind: 'idle' } })),
  preselect: (post, selectedId) =>
    set((s) =>
      s.pickedOn === post || s.selectedId === selectedId ? s : { selectedId, lang: null, insert: { kind: 'idle' } },
    ),
  setSuggested: (suggestedId) => set({ suggestedId }),
  setLang: (lang) => set({ lang }),
  openFillIn: (fillInFor, forMissing = false) => set({ fillInFor, fillInMissing: fillInFor !== null && forMissing }),
  setFillInDraft: (fillInDraft) => set({ fillInDraft }),
  setInsert: (insert) => set({ insert }),
  reveal: (revealFor) => set({ revealFor }),
}));
