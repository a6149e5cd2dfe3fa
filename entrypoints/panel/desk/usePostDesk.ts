/**
 * The desk's view of the post on screen: its topic (the agent's choice, else the panel's guess from
 * what the post says), the place it names, and whether the team answered it already (then a changed
 * topic goes to the server at once; before that it travels with the reply).
 */
import { useMemo } from 'react';
import { useLiveRead } from '@/utils/db/live-read';
import { eventsRepo } from '@/utils/db/events-repo';
import { findPlace, type Place } from '@/utils/templates/suggest/places';
import { postTopic, type Topic } from '@/utils/templates/suggest/topic';
import { QUEUE_MARK_DAYS } from '@/utils/team/queue-marks-types';
import { useLiveAnswersFor } from '../collision-store';
import { postKey, usePanelStore } from '../store';
import { useDeskStore } from './desk-store';

const events = eventsRepo();

export interface PostDesk {
  post: string | null;
  handle: string | undefined;
  topic: Topic;
  place: Place | null;
}

/** The post's desk values from the panel's stores, read at a click (the insert) without subscribing. */
export function postDeskNow(): PostDesk {
  const page = usePanelStore.getState().page;
  const post = postKey(page);
  const text = page?.context.tweet?.text ?? '';
  const chosen = post ? useDeskStore.getState().topics[post] : undefined;
  return { post, handle: page?.context.customer?.handle, topic: chosen ?? postTopic(text), place: findPlace(text) };
}

export function usePostDesk(): PostDesk {
  const post = usePanelStore((s) => postKey(s.page));
  const text = usePanelStore((s) => (postKey(s.page) ? (s.page?.context.tweet?.text ?? '') : ''));
  const handle = usePanelStore((s) => s.page?.context.customer?.handle);
  const chosen = useDeskStore((s) => (post ? s.topics[post] : undefined));
  const guessed = useMemo(() => postTopic(text), [text]);
  const place = useMemo(() => findPlace(text), [text]);
  return { post, handle, topic: chosen ?? guessed, place };
}

/** Whether the post on screen has a reply from the team: logged here, heard live, or shown by X under it. */
export function useAnswered(post: string | null): boolean {
  // The window starts when the read runs (in the live read's effect, not during render).
  const logged = useLiveRead(
    () =>
      post ? events.repliesToPostSince(post, new Date(Date.now() - QUEUE_MARK_DAYS * 86_400_000).toISOString()) : [],
    [post],
  );
  const live = useLiveAnswersFor(post);
  const shown = usePanelStore((s) => (s.page?.thread?.statusId === post ? s.page.thread.brandReplies.length : 0));
  return (logged?.length ?? 0) > 0 || live.some((a) => a.state === 'answered') || shown > 0;
}
