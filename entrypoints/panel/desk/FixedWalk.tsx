/**
 * Where the fixed-reply walk stands: "Fixed reply <i> of <n>" (the team's progress through the
 * incident's posts, this post counted), then "Next post" once this agent's send was logged or a
 * colleague was first. The walk never sends: the agent presses X's own Reply.
 */
import { useLocale } from '@/components/useLocale';
import type { PanelLink } from '../link';
import { useDeskStore, type Walk } from './desk-store';
import { walkNext } from './useFixedWalk';

export function FixedWalk({ walk, link }: { walk: Walk; link: PanelLink | null }) {
  const { t } = useLocale();
  const incident = useDeskStore((s) => s.incidents.find((i) => i.id === walk.incidentId));
  const setWalk = useDeskStore((s) => s.setWalk);
  const title = incident?.title ?? '';
  const step = walk.step;
  const n = Math.max(incident?.posts ?? 0, step.kind === 'post' || step.kind === 'fixed' ? step.left : 0);
  const next = (
    <button type="button" onClick={() => void walkNext(walk.incidentId, link, t('panel.desk.offline'))}>
      {t('panel.desk.nextPost')}
    </button>
  );
  const stop = (
    <button type="button" className="link" onClick={() => setWalk(null)}>
      {t('panel.desk.stopWalk')}
    </button>
  );

  switch (step.kind) {
    case 'loading':
      return null;
    case 'post':
      return (
        <div className="desk-walk">
          <p role="status">{t('panel.desk.fixedOf', { i: n - step.left + 1, n })}</p>
          {/* One line with Stop, so Insert stays in view: the how-to is for screen readers here, the
              preselected fixed reply and Insert say it to the eye. */}
          <p className="visually-hidden">{t('panel.desk.walkPost')}</p>
          {stop}
        </div>
      );
    case 'fixed':
      if (step.left === 0) return <WalkDone title={title} onClose={() => setWalk(null)} />;
      return (
        <div className="desk-walk">
          <p role="status">{t('panel.desk.fixedOf', { i: n - step.left, n })}</p>
          {next}
          {stop}
        </div>
      );
    case 'taken':
      return (
        <div className="desk-walk">
          <p role="status">{t('panel.desk.taken')}</p>
          {next}
          {stop}
        </div>
      );
    case 'done':
      return <WalkDone title={title} onClose={() => setWalk(null)} />;
    case 'failed':
      return (
        <div className="desk-walk">
          <p role="alert" className="desk-problem">
            {t('panel.desk.failed', { reason: step.message })}
          </p>
          {next}
          {stop}
        </div>
      );
  }
}

function WalkDone({ title, onClose }: { title: string; onClose: () => void }) {
  const { t } = useLocale();
  return (
    <div className="desk-walk">
      <p role="status">{t('panel.desk.walkDone', { title })}</p>
      <button type="button" className="link" onClick={onClose}>
        {t('panel.desk.stopWalk')}
      </button>
    </div>
  );
}
