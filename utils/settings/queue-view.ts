/**
 * How the agent views the team's queue on X's lists: "Hide answered" (the panel's queue bar) collapses
 * the posts the team answered or handed off. One switch for every x.com tab, kept in extension storage.
 */
import { defineSetting, field } from './define-setting';

export interface QueueView {
  hideAnswered: boolean;
}

export function normaliseQueueView(stored: unknown): QueueView {
  return { hideAnswered: field(stored, 'hideAnswered') === true };
}

export const queueViewSetting = defineSetting('local:queueView', normaliseQueueView);
