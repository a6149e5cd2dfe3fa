/**
 * The panel's live team: one connection while the panel is in view and the agent is in a team
 * (closed when the tab goes behind another or the agent leaves the team), and the presence it
 * announces: the post and the customer on screen, 'replying' while X's reply box holds text for this
 * post. The presence is derived from a yes/no selector, so typing sends nothing until the box goes from
 * empty to not empty or back.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { askBackground } from '@/utils/messaging/background-api';
import { teamStatusForPage } from '@/utils/team/panel-side';
import { presenceSubject } from '@/utils/team/live-wire';
import type { ReplyContext } from '@/utils/x/types';
import { noteLiveAnswer } from '../collision-store';
import { refreshIncidents } from '../desk/incidents';
import type { PanelLink } from '../link';
import { usePanelStore } from '../store';
import { LiveConnection, type LiveSocket } from './live-connection';
import { useLiveStore } from './live-store';

/** How often a connected panel checks that the agent is still in the team (a leave closes the connection). */
const MEMBERSHIP_CHECK_MS = 30_000;

/** What the panel shows, as the live team names it: the post, and the customer (X's id, else the handle). */
export function liveTargets(context: ReplyContext | undefined): { postId?: string; customerId?: string } {
  if (!context) return {};
  const person = context.customer;
  const customerId = person ? (person.userId ?? person.handle.toLowerCase()) : undefined;
  const postId = context.kind === 'reply' ? context.tweet?.statusId : undefined;
  if (context.kind !== 'reply' && context.kind !== 'chat') return {};
  return { ...(postId ? { postId } : {}), ...(customerId ? { customerId } : {}) };
}

const QUEUE_NEWS = new Set(['answered', 'claim', 'claim-released']);

function openSocket(url: string): LiveSocket {
  return new WebSocket(url) as unknown as LiveSocket;
}

export function useLiveTeam(link: PanelLink | null): void {
  const connection = useRef<LiveConnection | null>(null);
  const linkRef = useRef(link);
  useEffect(() => {
    linkRef.current = link;
  }, [link]);

  useEffect(() => {
    const live = useLiveStore.getState();
    const conn = new LiveConnection(
      {
        ticket: () => askBackground({ type: 'careline:team-live-ticket' }),
        claims: () => askBackground({ type: 'careline:team-claims' }),
        open: openSocket,
      },
      {
        status: live.setStatus,
        welcome: live.welcome,
        claims: live.setClaims,
        message: (message) => {
          useLiveStore.getState().receive(message);
          if (message.type === 'answered') noteLiveAnswer(message);
          // An incident opened, was resolved or had a post fixed: the panel reads them again.
          if (message.type === 'incident') void refreshIncidents();
          // The content script redraws the queue's marks now rather than at its next refresh.
          if (QUEUE_NEWS.has(message.type)) void linkRef.current?.request({ type: 'queue-changed' }).catch(() => null);
        },
      },
    );
    connection.current = conn;
    const check = async () => {
      const inView = document.visibilityState === 'visible';
      const status = inView ? await teamStatusForPage() : undefined;
      const wanted = inView && status?.state === 'connected';
      if (wanted && !conn.active) conn.start();
      if (!wanted && conn.active) conn.stop();
      if (status && status.state !== 'connected') useLiveStore.getState().setStatus(status.state);
    };
    void check();
    const onVisibility = () => void check();
    document.addEventListener('visibilitychange', onVisibility);
    // Only while connected (a leave does not close the connection from the server's side); a solo
    // panel asks again when it comes into view, so it does not wake the background every 30 s.
    const timer = setInterval(() => conn.active && void check(), MEMBERSHIP_CHECK_MS);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
      conn.stop();
      connection.current = null;
    };
  }, []);

  usePresence(connection);
}

function usePresence(connection: { current: LiveConnection | null }): void {
  const { postId, customerId } = usePanelStore(useShallow((s) => liveTargets(s.page?.context)));
  const replying = usePanelStore(
    (s) =>
      (s.page?.context.kind === 'reply' || s.page?.context.kind === 'chat') &&
      s.composer !== null &&
      (s.composer.before + s.composer.after).trim() !== '',
  );
  const teamId = useLiveStore((s) => (s.status === 'live' ? s.me?.teamId : undefined));

  useEffect(() => {
    let current = true;
    void (async () => {
      const subjects = teamId ? await subjectsOf(teamId, { postId, customerId }) : [];
      if (!current) return;
      useLiveStore.getState().setSubjects(subjects);
      if (teamId) connection.current?.setPresence(subjects, replying ? 'replying' : 'viewing');
    })();
    return () => {
      current = false;
    };
  }, [connection, teamId, postId, customerId, replying]);
}

async function subjectsOf(teamId: string, targets: { postId?: string; customerId?: string }): Promise<string[]> {
  return Promise.all([
    ...(targets.postId ? [presenceSubject(teamId, 'post', targets.postId)] : []),
    ...(targets.customerId ? [presenceSubject(teamId, 'customer', targets.customerId)] : []),
  ]);
}
