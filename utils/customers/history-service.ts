/** The background's side of automatic history: a reply sent from X's composer becomes an event. */
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import type { SentReply } from '@/utils/messaging/protocol';
import { agentSettings } from '@/utils/settings/settings';

export async function logSentReply(reply: SentReply, repo: EventsRepo = eventsRepo(), at = new Date().toISOString()): Promise<number> {
  const { agentName } = await agentSettings.getValue();
  return repo.add({
    customerHandle: reply.customer.handle,
    kind: 'reply-sent',
    at,
    agent: agentName || undefined,
    text: reply.text,
    tweetUrl: reply.tweetUrl,
    statusId: reply.statusId,
    templateId: reply.templateId,
  });
}
