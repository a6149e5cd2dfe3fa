/**
 * The incidents' replies to offer first on the post on screen (desk-replies.ts), as templates the
 * reply list shows in its "Suggested" group ahead of the library's. Same array while nothing they
 * depend on changes, so the list and its preselection do not churn.
 */
import { useMemo } from 'react';
import { useLocale } from '@/components/useLocale';
import type { TemplateRecord } from '@/utils/db/types';
import { useDeskStore } from './desk-store';
import { deskReplies } from './desk-replies';
import { usePostDesk } from './usePostDesk';

export function useDeskReplies(): TemplateRecord[] {
  const { t } = useLocale();
  const { post, topic } = usePostDesk();
  const incidents = useDeskStore((s) => s.incidents);
  const walk = useDeskStore((s) => s.walk);
  // "Already attached" (to some incident, maybe another): no holding reply is known to be this post's.
  const attachedTo = useDeskStore((s) => {
    const here = post ? s.attached[post] : undefined;
    return here && !here.already ? here.incidentId : undefined;
  });
  return useMemo(
    () =>
      deskReplies({
        incidents,
        post,
        topic,
        attachedTo,
        walk,
        title: (kind, incident) =>
          t(kind === 'holding' ? 'panel.desk.holdingTitle' : 'panel.desk.fixedTitle', { title: incident.title }),
      }),
    [incidents, post, topic, attachedTo, walk, t],
  );
}

/** Whether a template is one of the incidents' replies (not the library's: no usage to count there). */
export const isDeskReply = (id: string) => id.startsWith('careline:incident:');
