import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import { PANEL_ANSWER_WITHIN_MS } from '@/utils/messaging/panel-api';
import { useShownInView } from './useShownInView';

/** The x.com tab did not answer the insert in time (a busy or stuck page): nothing went in; try again. */
export function InsertTimeoutAlert({ onRetry }: { onRetry: () => void }) {
  const { t } = useLocale();
  const ref = useShownInView<HTMLDivElement>();
  return (
    <div className="alert" role="alert" ref={ref}>
      <p>{plural(t, 'panel.timeout.insert', PANEL_ANSWER_WITHIN_MS / 1000)}</p>
      <button type="button" onClick={onRetry}>
        {t('panel.timeout.retry')}
      </button>
    </div>
  );
}
