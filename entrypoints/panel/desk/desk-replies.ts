/**
 * The incidents' approved replies as the reply list's first suggestions: the fixed reply for the post
 * a walk is on; the holding reply of an open incident for a post attached to it, or for any post
 * whose topic is the incident's. They are not in the library (the lead wrote them on the server), so
 * they go through the panel as templates of their own, locked, with ids that name the incident.
 */
import type { TemplateRecord } from '@/utils/db/types';
import type { Incident } from '@/utils/team/desk-types';
import type { Walk } from './desk-store';

export const holdingId = (incident: Pick<Incident, 'id'>) => `careline:incident:${incident.id}:holding`;
export const fixedId = (incident: Pick<Incident, 'id'>) => `careline:incident:${incident.id}:fixed`;

export interface DeskRepliesInput {
  incidents: readonly Incident[];
  /** The post on screen, its topic and the incident it was attached to here. */
  post: string | null;
  topic: string;
  attachedTo?: string;
  walk: Walk | null;
  /** The reply's title in the agent's language. */
  title(kind: 'holding' | 'fixed', incident: Incident): string;
}

function replyTemplate(id: string, title: string, body: string, at: string): TemplateRecord {
  return { id, title, body, locked: true, usageCount: 0, createdAt: at, updatedAt: at };
}

/** The replies to offer first on this post, best first (none when the post concerns no incident). */
export function deskReplies(input: DeskRepliesInput): TemplateRecord[] {
  const { incidents, post, topic, attachedTo, walk } = input;
  if (!post) return [];
  const out: TemplateRecord[] = [];
  const walked =
    walk?.step.kind === 'post' && walk.step.post.statusId === post
      ? incidents.find((i) => i.id === walk.incidentId)
      : undefined;
  if (walked?.fixedReply) {
    out.push(replyTemplate(fixedId(walked), input.title('fixed', walked), walked.fixedReply, walked.openedAt));
  }
  const open = incidents.filter((i) => i.status === 'open');
  const holding = [
    ...open.filter((i) => i.id === attachedTo),
    ...open.filter((i) => i.id !== attachedTo && topic !== 'other' && i.topic === topic),
  ];
  for (const incident of holding) {
    out.push(
      replyTemplate(holdingId(incident), input.title('holding', incident), incident.holdingReply, incident.openedAt),
    );
  }
  return out;
}
