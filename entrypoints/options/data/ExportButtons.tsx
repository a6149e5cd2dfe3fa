import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { createBackup } from '@/utils/data/backup/create';
import { exportCustomersCsv, exportEventsCsv, exportFileName } from '@/utils/customers/export';
import { downloadBlob } from '../download';
import { count, errorText, MessageLine, type DataMessage, type Report } from './messages';

type Kind = 'customers' | 'history' | 'backup';

/** Customers CSV, history CSV and the full JSON backup, each read page by page with a running count. */
export function ExportButtons({
  message,
  report,
  onDone,
}: {
  message: DataMessage | null;
  report: Report;
  onDone: () => void;
}) {
  const { t, formatNumber } = useLocale();
  const [busy, setBusy] = useState<{ kind: Kind; rows: number } | null>(null);

  async function run(kind: Kind): Promise<void> {
    report(null);
    setBusy({ kind, rows: 0 });
    const onProgress = (rows: number) => setBusy({ kind, rows });
    try {
      if (kind === 'customers') {
        const { blob, rows } = await exportCustomersCsv({ onProgress });
        downloadBlob(exportFileName('customers', 'csv'), blob);
        report({ from: 'export', ok: true, text: t('options.data.export.done', { what: count(t, rows, 'customer') }) });
      } else if (kind === 'history') {
        const { blob, rows } = await exportEventsCsv({ onProgress });
        downloadBlob(exportFileName('history', 'csv'), blob);
        report({
          from: 'export',
          ok: true,
          text: t('options.data.export.done', { what: count(t, rows, 'historyEntry') }),
        });
      } else {
        const { blob, counts } = await createBackup();
        downloadBlob(exportFileName('backup', 'json'), blob);
        report({
          from: 'export',
          ok: true,
          text: t('options.data.export.backupDone', {
            customers: count(t, counts.customers, 'customer'),
            events: count(t, counts.events, 'historyEntry'),
            templates: count(t, counts.templates, 'template'),
            packs: count(t, counts.packs, 'pack'),
          }),
        });
      }
      onDone();
    } catch (e) {
      report({ from: 'export', ok: false, text: t('options.data.export.failed', { error: errorText(e) }) });
    }
    setBusy(null);
  }

  return (
    <div className="data-block">
      <h3>{t('options.data.export.heading')}</h3>
      <p className="muted small">
        {t('options.data.export.helpBefore')}
        <code>&apos;</code>
        {t('options.data.export.helpAfter')}
      </p>
      <div className="row">
        <button type="button" disabled={busy !== null} onClick={() => void run('customers')}>
          {t('options.data.export.customers')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('history')}>
          {t('options.data.export.history')}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('backup')}>
          {t('options.data.export.backup')}
        </button>
      </div>
      {busy ? <p className="muted">{t('options.data.export.busy', { rows: formatNumber(busy.rows) })}</p> : null}
      <MessageLine from="export" message={message} />
    </div>
  );
}
