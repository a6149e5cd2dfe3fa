/** The queue page's counts, as the content script last sent them (null: not a queue page, or solo). */
import { create } from 'zustand';
import type { QueueSummary } from '@/utils/messaging/protocol';

interface QueueState {
  summary: QueueSummary | null;
  setSummary(summary: QueueSummary | null): void;
}

export const useQueueStore = create<QueueState>((set) => ({
  summary: null,
  setSummary: (summary) => set({ summary }),
}));
