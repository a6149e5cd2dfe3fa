/**
 * The open post's thread for the panel's collision alert: when this tab first showed the post, and
 * the replies by the brand's (signed-in) account X shows under it, each marked when it is the one this
 * agent sent from this tab. Kept here, not in the panel, so a panel frame mounted again later (the
 * tab went to the back and came forward) still knows when the agent first opened the post.
 */
import { MAX_BRAND_REPLY_CHARS, type BrandReply, type PostThread } from '@/utils/messaging/protocol';
import { openPostCard, readThreadReplies } from '@/utils/x/thread-replies';
import type { ReplyContext } from '@/utils/x/types';
import type { OwnSends } from './own-sends';

/** Posts whose opening time is remembered at most (the oldest go first). */
const MAX_OPENED = 500;

export type ThreadReader = (
  doc: Document,
  url: string,
  context: ReplyContext,
  account?: string,
) => PostThread | undefined;

export function postThreadReader(sends: OwnSends, now: () => Date = () => new Date()): ThreadReader {
  const opened = new Map<string, string>();

  function openedAt(statusId: string): string {
    const known = opened.get(statusId);
    if (known) return known;
    const at = now().toISOString();
    opened.set(statusId, at);
    if (opened.size > MAX_OPENED) opened.delete(opened.keys().next().value as string);
    return at;
  }

  return (doc, url, context, account) => {
    const statusId = context.kind === 'reply' ? context.tweet?.statusId : undefined;
    if (!statusId) return undefined;
    const thread: PostThread = { statusId, openedAt: openedAt(statusId), brandReplies: [] };
    const card = openPostCard(doc, url, statusId);
    if (!card) return thread;
    for (const r of readThreadReplies(card, account)) {
      if (!r.byAccount) continue;
      const reply: BrandReply = {
        statusId: r.statusId,
        handle: r.handle,
        text: r.text.slice(0, MAX_BRAND_REPLY_CHARS),
        sentHere: sends.sentHere(statusId, r.text),
      };
      if (r.name) reply.name = r.name;
      if (r.at) reply.at = r.at;
      thread.brandReplies.push(reply);
    }
    return thread;
  };
}
