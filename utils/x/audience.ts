/**
 * Who will read what the agent inserts: everyone (a reply or a post on X is public, and stays so) or
 * only the customer (X Chat). A pure function of the reply context, so the panel, the background and
 * the tests agree. 'none' (no composer or no customer in view) counts as public: when Careline cannot
 * tell where the text goes, it assumes the side where a mistake cannot be taken back.
 */
import type { ReplyContext } from './types';

export type Audience = 'public' | 'private';

export function replyAudience(kind: ReplyContext['kind'] | undefined): Audience {
  return kind === 'chat' ? 'private' : 'public';
}
