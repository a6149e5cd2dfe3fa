/**
 * What the panel learns from the background about the lead's desk (BackgroundApi 'careline:desk-*'):
 * incidents, the next post of a fixed-reply walk, topics. Never the token. Type imports only: the
 * panel reaches this file, and nothing here may lead it to the secrets database.
 */
import type { Incident } from './desk-wire';
import type { TeamNotLive } from './live-types';

export type { Incident };

/** The server said no (not a member any more, bad input): its words, for the panel to show. */
export type DeskRefused = { state: 'refused'; message: string };

export type IncidentsAnswer = TeamNotLive | DeskRefused | { state: 'connected'; incidents: Incident[] };

/** `attached`: this click attached it; false when it already belonged to an incident. */
export type AttachAnswer = TeamNotLive | DeskRefused | { state: 'connected'; attached: boolean };

/** The post to send the fixed reply to next (held for this agent), or null when none is left. */
export interface FixPost {
  statusId: string;
  handle: string;
  url: string;
}
export type NextFixAnswer = TeamNotLive | DeskRefused | { state: 'connected'; post: FixPost | null; left: number };

/** 'taken': a colleague sent the fixed reply to this post first. */
export type FixedAnswer = TeamNotLive | DeskRefused | { state: 'connected'; left: number } | { state: 'taken' };

export type TopicAnswer = TeamNotLive | DeskRefused | { state: 'connected' };
