/**
 * How often agents keep the reply Careline preselected for a post: of the sent replies that had a
 * suggestion, the share sent with that very template. Read from the history log (reply-sent events
 * carry the template sent and the one suggested first), so it measures what agents did, not what a
 * test set says.
 */
import type { CustomerEventRecord } from '@/utils/db/types';

export interface KeepRate {
  /** Sent replies that had a preselected suggestion. */
  offered: number;
  /** Of those, sent with the suggested template. */
  kept: number;
  /** kept / offered, or null when nothing was offered. */
  rate: number | null;
}

export function keepRate(
  events: ReadonlyArray<Pick<CustomerEventRecord, 'kind' | 'templateId' | 'suggestedId'>>,
): KeepRate {
  let offered = 0;
  let kept = 0;
  for (const e of events) {
    if (e.kind !== 'reply-sent' || !e.suggestedId || !e.templateId) continue;
    offered++;
    if (e.templateId === e.suggestedId) kept++;
  }
  return { offered, kept, rate: offered ? kept / offered : null };
}
