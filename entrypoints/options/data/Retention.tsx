import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { applyRetention } from '@/utils/customers/retention';
import { isRetentionDays, MAX_RETENTION_DAYS, privacySettings } from '@/utils/settings/privacy';
import { count, errorText, MessageLine, type DataMessage, type Report } from './messages';

/** "" → null (keep forever); "30" → 30; anything else → undefined (refused). */
function parseDays(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return isRetentionDays(n) ? n : undefined;
}

/** "Delete history older than N days": saved for the background's daily sweep, or applied at once. */
export function Retention({
  message,
  report,
  onDone,
}: {
  message: DataMessage | null;
  report: Report;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void privacySettings.getValue().then((s) => setText(s.retentionDays === null ? '' : String(s.retentionDays)));
  }, []);

  /** Saves the field; returns the days, or undefined when the field is invalid (reported). */
  async function save(): Promise<number | null | undefined> {
    const days = parseDays(text);
    if (days === undefined) {
      report({ from: 'retention', ok: false, text: t('options.data.retention.invalid', { max: MAX_RETENTION_DAYS }) });
      return undefined;
    }
    await privacySettings.setValue({ retentionDays: days });
    return days;
  }

  async function onSave(event: FormEvent): Promise<void> {
    event.preventDefault();
    report(null);
    const days = await save();
    if (days === undefined) return;
    report({
      from: 'retention',
      ok: true,
      text:
        days === null
          ? t('options.data.retention.savedForever')
          : t('options.data.retention.saved', { days: count(t, days, 'day') }),
    });
  }

  /** Apply now also saves: deleting at 30 days once while the daily sweep keeps 90 would surprise. */
  async function onApply(): Promise<void> {
    report(null);
    setBusy(true);
    try {
      const days = await save();
      if (days === null) report({ from: 'retention', ok: true, text: t('options.data.retention.keptForever') });
      else if (days !== undefined) {
        const deleted = await applyRetention(days);
        report({
          from: 'retention',
          ok: true,
          text: t('options.data.retention.deleted', {
            entries: count(t, deleted, 'historyEntry'),
            days: count(t, days, 'day'),
          }),
        });
        onDone();
      }
    } catch (e) {
      report({ from: 'retention', ok: false, text: t('options.data.retention.failed', { error: errorText(e) }) });
    }
    setBusy(false);
  }

  return (
    <div className="data-block">
      <h3 id={`${id}-h`}>{t('options.data.retention.heading')}</h3>
      <p className="muted small">{t('options.data.retention.help')}</p>
      <form className="row" onSubmit={(e) => void onSave(e)} aria-labelledby={`${id}-h`}>
        <label>
          {t('options.data.retention.days')}
          <input
            type="number"
            min={1}
            max={MAX_RETENTION_DAYS}
            step={1}
            inputMode="numeric"
            value={text}
            placeholder={t('options.data.retention.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('options.data.saveRetention')}
        </button>
        <button type="button" disabled={busy} onClick={() => void onApply()}>
          {t('options.data.retention.apply')}
        </button>
      </form>
      <MessageLine from="retention" message={message} />
    </div>
  );
}
