/**
 * What the content script learns about the team's queue from the background (BackgroundApi
 * 'careline:queue-marks'): post ids and states only, never who answered or claimed. No imports: the
 * content script reaches this file.
 */
/** How long the queue looks back: answered and handed-off posts older than this are not marked. */
export const QUEUE_MARK_DAYS = 7;

export type QueueMarkState = 'answered' | 'handed-off' | 'claimed';

export interface QueueMarkEntry {
  postId: string;
  state: QueueMarkState;
  /** Epoch ms (server clock): when it was answered or handed off; for a claim, when it runs out. */
  at: number;
  /** Handed off: the call center's latest state of the ticket ('in-progress', 'solved', …), when it sent one. */
  ticket?: string;
}

export interface QueueMarksAnswer {
  /** 'solo': not in a team, nothing to mark. 'offline': the last marks known, if any. */
  state: 'solo' | 'revoked' | 'offline' | 'connected';
  /** Changes whenever the marks do: asked again with `since` equal to it, the marks are left out. */
  version: number;
  /** Every mark, one a post; absent when the asker's `since` is this version. */
  marks?: QueueMarkEntry[];
  /** The lead's response-time target: a post waiting longer is highlighted. */
  targetMinutes: number;
  /** The server's clock minus this machine's, so ages are the team's, not skewed by the agent's clock. */
  clockOffsetMs: number;
}
