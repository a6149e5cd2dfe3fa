/**
 * The fixed-reply walk: the server hands this agent one post at a time (held for them, so a colleague
 * walking the same incident gets another), the tab opens it, the fixed reply is the first suggestion,
 * and the agent inserts and sends it with X's own button. Careline's send watcher logs that send; the
 * walk sees the log and tells the server the post is fixed. Nothing is sent for the agent.
 */
import { useEffect, useState } from 'react';
import { useLiveRead } from '@/utils/db/live-read';
import { eventsRepo } from '@/utils/db/events-repo';
import { askBackground } from '@/utils/messaging/background-api';
import { teamStatusForPage } from '@/utils/team/panel-side';
import type { PanelLink } from '../link';
import { useDeskStore, type WalkStep } from './desk-store';
import { refreshIncidents } from './incidents';

const events = eventsRepo();

function failedStep(answer: { state: string; message?: string } | undefined, offline: string): WalkStep {
  return { kind: 'failed', message: answer?.state === 'refused' && answer.message ? answer.message : offline };
}

/** The next post of `incidentId` for this agent, opened in the tab. */
export async function walkNext(incidentId: string, link: PanelLink | null, offline: string): Promise<void> {
  const { setWalk } = useDeskStore.getState();
  setWalk({ incidentId, step: { kind: 'loading' } });
  const answer = await askBackground({ type: 'careline:desk-next-fix', incidentId }).catch(() => undefined);
  if (answer?.state !== 'connected') return setWalk({ incidentId, step: failedStep(answer, offline) });
  if (!answer.post) {
    setWalk({ incidentId, step: { kind: 'done' } });
    return void refreshIncidents();
  }
  const post = answer.post;
  setWalk({ incidentId, step: { kind: 'post', post, since: new Date().toISOString(), left: answer.left } });
  await link?.request({ type: 'open-post', handle: post.handle, statusId: post.statusId }).catch(() => null);
}

/** While the walk is on a post: this agent's send to it, once logged, marks it fixed on the server. */
export function useFixedWalk(offline: string): void {
  const walk = useDeskStore((s) => s.walk);
  const on = walk?.step.kind === 'post' ? walk.step : null;
  const [me, setMe] = useState<string | undefined>();
  useEffect(() => {
    void teamStatusForPage().then((s) => setMe(s.state === 'solo' ? undefined : s.agent.id));
  }, []);
  const sent = useLiveRead(
    () => (on ? events.repliesToPostSince(on.post.statusId, on.since) : []),
    [on?.post.statusId, on?.since],
  );
  const mine = sent?.some((e) => !e.by || e.by.agentId === me) ?? false;

  useEffect(() => {
    if (!walk || !on || !mine) return;
    const { incidentId } = walk;
    const post = on.post;
    let current = true;
    void (async () => {
      const answer = await askBackground({ type: 'careline:desk-fixed', incidentId, statusId: post.statusId }).catch(
        () => undefined,
      );
      if (!current || useDeskStore.getState().walk?.step !== on) return;
      const { setWalk } = useDeskStore.getState();
      if (answer?.state === 'connected') setWalk({ incidentId, step: { kind: 'fixed', post, left: answer.left } });
      else if (answer?.state === 'taken') setWalk({ incidentId, step: { kind: 'taken', post } });
      else setWalk({ incidentId, step: failedStep(answer, offline) });
      void refreshIncidents();
    })();
    return () => {
      current = false;
    };
  }, [walk, on, mine, offline]);
}
