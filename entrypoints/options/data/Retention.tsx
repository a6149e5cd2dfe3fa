import { useEffect, useId, useState, type FormEvent } from 'react';
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

const INVALID = `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS.toLocaleString('en')}, or leave it empty to keep history forever.`;

/** "Delete history older than N days": saved for the background's daily sweep, or applied at once. */
export function Retention({ message, report, onDone }: { message: DataMessage | null; report: Report; onDone: () => void }) {
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
      report({ from: 'retention', ok: false, text: INVALID });
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
    report({ from: 'retention', ok: true, text: days === null ? 'Saved: history is kept forever' : `Saved: history older than ${count(days, 'day', 'days')} is deleted daily` });
  }

  /** Apply now also saves: deleting at 30 days once while the daily sweep keeps 90 would surprise. */
  async function onApply(): Promise<void> {
    report(null);
    setBusy(true);
    try {
      const days = await save();
      if (days === null) report({ from: 'retention', ok: true, text: 'History is kept forever: nothing was deleted' });
      else if (days !== undefined) {
        const deleted = await applyRetention(days);
        report({ from: 'retention', ok: true, text: `Deleted ${count(deleted, 'history entry', 'history entries')} older than ${count(days, 'day', 'days')}` });
        onDone();
      }
    } catch (e) {
      report({ from: 'retention', ok: false, text: `Could not apply retention: ${errorText(e)}` });
    }
    setBusy(false);
  }

  return (
    <div className="data-block">
      <h3 id={`${id}-h`}>History retention</h3>
      <p className="muted small">Older history entries are deleted once a day. Customers themselves are kept. Empty keeps history forever.</p>
      <form className="row" onSubmit={(e) => void onSave(e)} aria-labelledby={`${id}-h`}>
        <label>
          Delete history older than (days)
          <input type="number" min={1} max={MAX_RETENTION_DAYS} step={1} inputMode="numeric" value={text} placeholder="Keep forever"
            onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>Save</button>
        <button type="button" disabled={busy} onClick={() => void onApply()}>Apply now</button>
      </form>
      <MessageLine from="retention" message={message} />
    </div>
  );
}
