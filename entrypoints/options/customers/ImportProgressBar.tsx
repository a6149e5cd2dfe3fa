/** The import's progress: customers written of the total, rows per second, and Cancel while it runs. */
import { useLocale } from '@/components/useLocale';
import type { ImportProgress } from '@/utils/customers/csv/import';

interface Props {
  total: number;
  progress?: ImportProgress;
  done: boolean;
  onCancel?: () => void;
  cancelling: boolean;
}

export function ImportProgressBar({ total, progress, done, onCancel, cancelling }: Props) {
  const { t, locale } = useLocale();
  const written = progress?.written ?? 0;
  const percent = total > 0 ? Math.min(100, (written / total) * 100) : done ? 100 : 0;
  const rate = progress ? Math.round(progress.rowsPerSecond) : '–';
  const seconds = progress ? (progress.elapsedMs / 1000).toFixed(1) : '0.0';
  // The English value text has always used plain digits ("100000 of 100000 customers").
  const plain = (n: number) => (locale === 'en' ? String(n) : n);
  return (
    <div className="cust-progress">
      <div
        role="progressbar"
        aria-label={t('options.customers.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={written}
        aria-valuetext={t('options.customers.progressValue', { written: plain(written), total: plain(total) })}
        className="cust-bar"
      >
        <div className="cust-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="small">
        {t('options.customers.progressLine', { written, total, rate, seconds })}
        {cancelling ? t('options.customers.cancelling') : ''}
      </p>
      {onCancel ? (
        <button type="button" onClick={onCancel} disabled={cancelling}>
          {t('options.customers.cancel')}
        </button>
      ) : null}
    </div>
  );
}
