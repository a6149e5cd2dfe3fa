/**
 * The answers the post on screen got since the agent opened it, newest first, the dismissed ones
 * left out: colleagues' replies logged by Careline (the team's events, pulled into this machine's
 * history by the card's long poll), live 'answered' messages, and the brand's replies X shows under
 * the post (the content script reads them and knows which one this agent sent).
 */
import { useEffect, useMemo, useState } from 'react';
import { useLiveRead } from '@/utils/db/live-read';
import { eventsRepo } from '@/utils/db/events-repo';
import { teamStatusForPage } from '@/utils/team/panel-side';
import { collisionsFor, type Collision } from '@/utils/team/collision';
import { useDismissed, useLiveAnswersFor } from './collision-store';
import { postKey, usePanelStore } from './store';

const events = eventsRepo();

/** This agent's id in the team (undefined when solo or not known yet). */
function useTeamAgentId(post: string | null): string | undefined {
  const [me, setMe] = useState<string | undefined>();
  useEffect(() => {
    if (!post) return;
    let live = true;
    void teamStatusForPage().then((status) => {
      if (live) setMe(status.state === 'solo' ? undefined : status.agent.id);
    });
    return () => {
      live = false;
    };
  }, [post]);
  return me;
}

export function useCollisions(): Collision[] {
  const statusId = usePanelStore((s) => postKey(s.page));
  const thread = usePanelStore((s) => s.page?.thread);
  const openedAt = thread && thread.statusId === statusId ? thread.openedAt : undefined;
  const me = useTeamAgentId(statusId);
  const logged = useLiveRead(
    () => (statusId && openedAt && me ? events.repliesToPostSince(statusId, openedAt) : []),
    [statusId, openedAt, me],
  );
  const live = useLiveAnswersFor(statusId);
  const dismissed = useDismissed();
  return useMemo(() => {
    if (!statusId || !openedAt) return [];
    const all = collisionsFor({
      statusId,
      openedAt,
      me,
      logged: logged ?? [],
      live,
      thread: thread?.brandReplies ?? [],
    });
    return all.filter((c) => !dismissed.includes(c.key));
  }, [statusId, openedAt, me, logged, live, thread, dismissed]);
}
