/** The import's progress: customers written of the total, rows per second, and Cancel while it runs. */
import type { ImportProgress } from '@/utils/customers/csv/import';

interface Props {
  total: number;
  progress?: ImportProgress;
  done: boolean;
  onCancel?: () => void;
  cancelling: boolean;
}

export function ImportProgressBar({ total, progress, done, onCancel, cancelling }: Props) {
  const written = progress?.written ?? 0;
  const percent = total > 0 ? Math.min(100, (written / total) * 100) : done ? 100 : 0;
  const rate = progress ? Math.round(progress.rowsPerSecond).toLocaleString('en-US') : '–';
  const seconds = progress ? (progress.elapsedMs / 1000).toFixed(1) : '0.0';
  return (
    <div className="cust-progress">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={written}
        aria-valuetext={`${written} of ${total} customers`}
        className="cust-bar"
      >
        <div className="cust-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="small">
        {written.toLocaleString('en-US')} of {total.toLocaleString('en-US')} customers · {rate} rows/s · {seconds} s
        {cancelling ? ' · cancelling after the current chunk…' : ''}
      </p>
      {onCancel ? (
        <button type="button" onClick={onCancel} disabled={cancelling}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
