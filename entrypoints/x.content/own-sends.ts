/**
 * What this agent sent from this tab, per post: a reply by the brand's account that X then shows under
 * the post is this agent's own, not an answer from elsewhere. Every trusted send counts, with Careline
 * or without; only the text is kept, in this tab's memory, for as long as the tab lives.
 */
import { sameReplyText } from '@/utils/team/collision';

/** Posts remembered at most (the oldest go first); a shift answers far fewer. */
const MAX_POSTS = 200;

export interface OwnSends {
  note(statusId: string, text: string): void;
  /** Whether `text`, shown under `statusId`, is one this agent sent from this tab. */
  sentHere(statusId: string, text: string): boolean;
}

export function ownSends(): OwnSends {
  const byPost = new Map<string, string[]>();
  return {
    note(statusId, text) {
      if (text.trim() === '') return;
      const texts = byPost.get(statusId) ?? [];
      byPost.delete(statusId);
      byPost.set(statusId, [...texts, text]);
      if (byPost.size > MAX_POSTS) byPost.delete(byPost.keys().next().value as string);
    },
    sentHere(statusId, text) {
      return (byPost.get(statusId) ?? []).some((sent) => sameReplyText(sent, text));
    },
  };
}
