import { useState } from 'react';
import { createBackup } from '@/utils/customers/backup';
import { exportCustomersCsv, exportEventsCsv, exportFileName } from '@/utils/customers/export';
import { downloadBlob } from '../download';
import { count, errorText, MessageLine, type DataMessage, type Report } from './messages';

type Kind = 'customers' | 'history' | 'backup';

/** Customers CSV, history CSV and the full JSON backup, each read page by page with a running count. */
export function ExportButtons({ message, report, onDone }: { message: DataMessage | null; report: Report; onDone: () => void }) {
  const [busy, setBusy] = useState<{ kind: Kind; rows: number } | null>(null);

  async function run(kind: Kind): Promise<void> {
    report(null);
    setBusy({ kind, rows: 0 });
    const onProgress = (rows: number) => setBusy({ kind, rows });
    try {
      if (kind === 'customers') {
        const { blob, rows } = await exportCustomersCsv({ onProgress });
        downloadBlob(exportFileName('customers', 'csv'), blob);
        report({ from: 'export', ok: true, text: `Exported ${count(rows, 'customer', 'customers')}` });
      } else if (kind === 'history') {
        const { blob, rows } = await exportEventsCsv({ onProgress });
        downloadBlob(exportFileName('history', 'csv'), blob);
        report({ from: 'export', ok: true, text: `Exported ${count(rows, 'history entry', 'history entries')}` });
      } else {
        const { blob, counts } = await createBackup();
        downloadBlob(exportFileName('backup', 'json'), blob);
        report({
          from: 'export', ok: true,
          text: `Backup downloaded: ${count(counts.customers, 'customer', 'customers')}, ${count(counts.events, 'history entry', 'history entries')}, ${count(counts.templates, 'template', 'templates')}, ${count(counts.packs, 'pack', 'packs')}`,
        });
      }
      onDone();
    } catch (e) {
      report({ from: 'export', ok: false, text: `Export failed: ${errorText(e)}` });
    }
    setBusy(null);
  }

  return (
    <div className="data-block">
      <h3>Export</h3>
      <p className="muted small">
        CSV files open in Excel (UTF-8 with BOM; cells that would run as formulas start with <code>&apos;</code>).
        The backup holds everything — customers, history, templates and packs — for Restore.
      </p>
      <div className="row">
        <button type="button" disabled={busy !== null} onClick={() => void run('customers')}>Export customers (CSV)</button>
        <button type="button" disabled={busy !== null} onClick={() => void run('history')}>Export history (CSV)</button>
        <button type="button" disabled={busy !== null} onClick={() => void run('backup')}>Download backup (JSON)</button>
      </div>
      {busy ? <p className="muted">Exporting… {busy.rows.toLocaleString('en')} rows</p> : null}
      <MessageLine from="export" message={message} />
    </div>
  );
}
