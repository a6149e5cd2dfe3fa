/**
 * On X's lists (notifications, search, home) while in a team: what the queue on the page holds
 * ("4 waiting · 1 past the 60-minute target") and the "Hide answered" switch, which collapses the
 * posts the team answered or handed off on every x.com tab (the content script follows the setting).
 */
import { useLocale } from '@/components/useLocale';
import { useStoredSetting } from '@/components/useStoredValue';
import { plural, type Translate } from '@/utils/i18n/pages';
import type { QueueSummary } from '@/utils/messaging/protocol';
import { queueViewSetting } from '@/utils/settings/queue-view';
import { useQueueStore } from '../queue-store';

/** "4 waiting", "1 past the 60-minute target", "2 claimed", "3 answered"; parts that are 0 are left out. */
export function queueSummaryParts(t: Translate, s: QueueSummary): string[] {
  if (s.waiting + s.claimed + s.answered === 0) return [t('panel.queue.none')];
  const parts = [plural(t, 'panel.queue.waiting', s.waiting)];
  if (s.pastTarget > 0) parts.push(plural(t, 'panel.queue.pastTarget', s.pastTarget, { target: s.targetMinutes }));
  if (s.claimed > 0) parts.push(plural(t, 'panel.queue.claimed', s.claimed));
  if (s.answered > 0) parts.push(plural(t, 'panel.queue.answered', s.answered));
  return parts;
}

export function QueueBar() {
  const summary = useQueueStore((s) => s.summary);
  const [view, update] = useStoredSetting(queueViewSetting);
  const { t } = useLocale();
  if (!summary) return null;
  return (
    <section className="queue-bar" aria-label={t('panel.queue.landmark')}>
      <p role="status" className={summary.pastTarget > 0 ? 'queue-summary past' : 'queue-summary'}>
        {/* A line breaks between the parts, never inside one. */}
        {queueSummaryParts(t, summary).map((part, i) => (
          <span key={part}>
            {i > 0 ? ' · ' : null}
            <span className="queue-part">{part}</span>
          </span>
        ))}
      </p>
      <label className="queue-switch">
        <input
          type="checkbox"
          role="switch"
          checked={view.hideAnswered}
          onChange={(event) => void update({ hideAnswered: event.target.checked })}
        />
        <span>{t('panel.queue.hideAnswered')}</span>
      </label>
    </section>
  );
}
