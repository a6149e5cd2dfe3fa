/**
 * Agent settings kept in extension storage (small, synced to every Careline page through storage
 * events). Larger data lives in Dexie.
 */
import { defineSetting, field, stringField } from './define-setting';

export interface AgentSettings {
  /** Fills {{agent.name}} in templates and signs handoffs. */
  agentName: string;
  /**
   * Fills {{agent.signoff}}: the mark a team answering as one brand persona signs each reply with
   * ("^SY"). Public by nature (it is posted), so `;shortcut` renders it page-side too.
   */
  agentSignoff?: string;
  /** Log inserts that were never sent as drafts in the customer's history. */
  logDrafts: boolean;
}

/** Every field present: a profile from before the sign-off existed reads as no sign-off. */
export function normaliseAgentSettings(stored: unknown): Required<AgentSettings> {
  return {
    agentName: stringField(stored, 'agentName'),
    agentSignoff: stringField(stored, 'agentSignoff'),
    logDrafts: field(stored, 'logDrafts') === true,
  };
}

export const agentSettings = defineSetting<AgentSettings>('local:agentSettings', normaliseAgentSettings);
