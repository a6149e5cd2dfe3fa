/**
 * Agent settings kept in extension storage (small, synced to every Careline page through storage
 * events). Larger data lives in Dexie.
 */
import { storage } from 'wxt/utils/storage';

export interface AgentSettings {
  /** Fills {{agent.name}} in templates and signs handoffs. */
  agentName: string;
  /**
   * Fills {{agent.signoff}}: the mark a team answering as one brand persona signs each reply with
   * ("^SY"). Public by nature (it is posted), so `;shortcut` renders it page-side too.
   */
  agentSignoff?: string;
  /** Log inserts that were never sent as drafts in the customer's history (issue 4). */
  logDrafts: boolean;
}

export const agentSettings = storage.defineItem<AgentSettings>('local:agentSettings', {
  fallback: { agentName: '', agentSignoff: '', logDrafts: false },
});
