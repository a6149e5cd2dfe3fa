/**
 * A post's topic for the team's voice-of-the-customer counts: the intent it speaks of most
 * (intents.ts), or 'other' when it names none. The agent may change it in one click; this is only
 * the panel's first guess.
 */
import { INTENT_NAMES, intentCounts, type Intent } from './intents';

export type Topic = Intent | 'other';
export const TOPICS: readonly Topic[] = [...INTENT_NAMES, 'other'];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** The strongest intent of the text; ties go to the intent listed first. */
export function postTopic(text: string): Topic {
  const counts = intentCounts(text);
  let best = -1;
  counts.forEach((c, i) => {
    if (c > 0 && (best < 0 || c > counts[best]!)) best = i;
  });
  return best < 0 ? 'other' : INTENT_NAMES[best]!;
}
