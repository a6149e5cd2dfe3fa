/**
 * The background's side of automatic history: a reply sent from X's composer becomes an event. The
 * text is capped here too: the content script lives in x.com's page, so its length is not trusted.
 */
import { customersRepo, type CustomersRepo } from '@/utils/db/customers-repo';
import { eventsRepo, type EventsRepo } from '@/utils/db/events-repo';
import type { TeamAuthor } from '@/utils/db/types';
import { capLoggedReply, MAX_LOGGED_POST_CHARS, type SentReply } from '@/utils/messaging/protocol';
import { agentSettings } from '@/utils/settings/settings';
import { wasLookedUp } from '@/utils/team/looked-up';
import { HANDLE_RE } from '@/utils/x/handle';

/**
 * Joined to a team, the reply is shared only when the customer is one the team's record already
 * holds here, or one the agent opened in the panel (utils/team/looked-up.ts): the content script
 * names the customer and runs in x.com's renderer, so it cannot make Careline write into the team
 * record of anyone it likes. A first reply to a customer new to the team is shared too, so the
 * post is marked answered in every colleague's queue.
 */
async function sharedAs(
  handle: string,
  author: TeamAuthor | undefined,
  customers: CustomersRepo,
): Promise<TeamAuthor | undefined> {
  if (!author) return undefined;
  if ((await customers.get(handle))?.teamId) return author;
  return (await wasLookedUp(handle)) ? author : undefined;
}

/** The account as stored and pushed: a handle, lower-case (X compares handles case-insensitively). */
function accountOf(account: unknown): { account?: string } {
  return typeof account === 'string' && HANDLE_RE.test(account) ? { account: account.toLowerCase() } : {};
}

const TOPIC = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The post's topic and place and the reply's title as the content script passed them on from the
 * panel: x.com's renderer could have made them up, so only what has their shape is kept.
 */
function replyDesk(reply: SentReply): Pick<SentReply, 'topic' | 'place' | 'templateTitle'> {
  const place = typeof reply.place === 'string' ? reply.place.trim() : '';
  const title = typeof reply.templateTitle === 'string' ? reply.templateTitle.trim().slice(0, 200) : '';
  return {
    ...(typeof reply.topic === 'string' && TOPIC.test(reply.topic) ? { topic: reply.topic } : {}),
    ...(place && place.length <= 40 ? { place } : {}),
    ...(title ? { templateTitle: title } : {}),
  };
}

export async function logSentReply(
  reply: SentReply,
  repo: EventsRepo = eventsRepo(),
  at = new Date().toISOString(),
  team?: { author?: TeamAuthor; customers?: CustomersRepo },
): Promise<{ id: number; queued: boolean }> {
  const { agentName } = await agentSettings.getValue();
  const by = await sharedAs(reply.customer.handle, team?.author, team?.customers ?? customersRepo());
  const id = await repo.add({
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
    ...accountOf(reply.account),
    ...replyDesk(reply),
    ...(by ? { by } : {}),
  });
  return { id, queued: by !== undefined };
}
