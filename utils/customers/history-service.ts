/**
 * The background's side of automatic history: a reply sent from X's composer becomes an event. The
 * text is capped here too: the content script lives in x.com's page, so its length is not trusted.
 */
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import { capLoggedReply, MAX_LOGGED_POST_CHARS, type SentReply } from '@/utils/messaging/protocol';
import { agentSettings } from '@/utils/settings/settings';

export async function logSentReply(
  reply: SentReply,
  repo: EventsRepo = eventsRepo(),
  at = new Date().toISOString(),
): Promise<number> {
  const { agentName } = await agentSettings.getValue();
  return repo.add({
    customerHandle: reply.customer.handle,
    kind: 'reply-sent',
    at,
    agent: agentName || undefined,
    text: capLoggedReply(String(reply.text)),
    tweetUrl: reply.tweetUrl,
    statusId: reply.statusId,
    templateId: reply.templateId,
    postText: typeof reply.postText === 'string' ? reply.postText.slice(0, MAX_LOGGED_POST_CHARS) : undefined,
    suggestedId: typeof reply.suggestedId === 'string' ? reply.suggestedId : undefined,
  });
}
