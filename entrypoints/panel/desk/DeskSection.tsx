/**
 * The incidents in the panel, above the reply list: the team's open incidents to attach the post to,
 * and, once the lead resolved one, the walk that sends its fixed reply post by post. One click per
 * step: Attach, or Next post (the fixed reply is then the preselected suggestion: Insert, and X's own
 * Reply button). Nothing at all when there is no incident: the post's topic sits under the reply work
 * (PostTopic), so Insert stays in view on every reply.
 */
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import { askBackground } from '@/utils/messaging/background-api';
import type { Incident } from '@/utils/team/desk-types';
import type { PanelLink } from '../link';
import { leftOf, useDeskStore } from './desk-store';
import { FixedWalk } from './FixedWalk';
import { useIncidents } from './incidents';
import { useFixedWalk, walkNext } from './useFixedWalk';
import { usePostDesk } from './usePostDesk';

export function DeskSection({ link }: { link: PanelLink | null }) {
  const { t } = useLocale();
  const offline = t('panel.desk.offline');
  useIncidents();
  useFixedWalk(offline);
  const { post, handle } = usePostDesk();
  const incidents = useDeskStore((s) => s.incidents);
  const walk = useDeskStore((s) => s.walk);
  const open = incidents.filter((i) => i.status === 'open');
  const owed = incidents.filter((i) => i.status === 'resolved' && leftOf(i) > 0 && walk?.incidentId !== i.id);
  const attachable = post && handle ? open : [];
  if (attachable.length === 0 && !walk && owed.length === 0) return null;

  return (
    <section className="card desk desk-incidents" aria-label={t('panel.desk.landmark')}>
      {post && handle ? attachable.map((i) => <AttachRow key={i.id} incident={i} post={post} handle={handle} />) : null}
      {owed.map((i) => (
        <button key={i.id} type="button" onClick={() => void walkNext(i.id, link, offline)}>
          {plural(t, 'panel.desk.sendFixed', leftOf(i))}
        </button>
      ))}
      {walk ? <FixedWalk walk={walk} link={link} /> : null}
    </section>
  );
}

/** One open incident: "Attach to <title>" for the post on screen, or where the post stands. */
function AttachRow({ incident, post, handle }: { incident: Incident; post: string; handle: string }) {
  const { t } = useLocale();
  const attached = useDeskStore((s) => s.attached[post]);
  const noteAttached = useDeskStore((s) => s.noteAttached);
  const failed = useDeskStore((s) => s.attachFailed[post]);
  const setAttachFailed = useDeskStore((s) => s.setAttachFailed);
  if (attached && attached.incidentId !== incident.id) return null;
  if (attached) {
    return (
      <p role="status" className="desk-attached">
        {attached.already ? t('panel.desk.alreadyAttached') : t('panel.desk.attached', { title: incident.title })}
      </p>
    );
  }
  const attach = async () => {
    setAttachFailed(post, null);
    const answer = await askBackground({
      type: 'careline:desk-attach',
      incidentId: incident.id,
      statusId: post,
      handle,
    }).catch(() => undefined);
    if (answer?.state === 'connected') noteAttached(post, incident.id, !answer.attached);
    else
      setAttachFailed(
        post,
        t('panel.desk.failed', { reason: answer?.state === 'refused' ? answer.message : t('panel.desk.offline') }),
      );
  };
  return (
    <>
      <button type="button" className="desk-attach" onClick={() => void attach()}>
        {t('panel.desk.attach', { title: incident.title })}
      </button>
      {failed ? (
        <p role="alert" className="desk-problem">
          {failed}
        </p>
      ) : null}
    </>
  );
}
