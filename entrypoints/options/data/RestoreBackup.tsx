import { useRef, useState, type ChangeEvent } from 'react';
import { applyBackup, parseBackup, type BackupFile } from '@/utils/customers/backup';
import { backupRepo, type TableCounts } from '@/utils/db/backup-repo';
import { count, errorText, MessageLine, type DataMessage, type Report } from './messages';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** Valid file, nothing written yet: what would be replaced, with what. */
  | { kind: 'confirm'; fileName: string; backup: BackupFile; incoming: TableCounts; current: TableCounts; busy: boolean };

const repo = backupRepo();

function describeCounts(c: TableCounts): string {
  return `${count(c.customers, 'customer', 'customers')}, ${count(c.events, 'history entry', 'history entries')}, ${count(c.templates, 'template', 'templates')} and ${count(c.packs, 'pack', 'packs')}`;
}

/**
 * Restore: read → validate (nothing written) → confirm, naming what goes and what comes → one
 * transaction. An invalid file is refused with the reason and where, and the data stays as it was.
 */
export function RestoreBackup({ message, report, onDone }: { message: DataMessage | null; report: Report; onDone: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function onChoose(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (!file) return;
    report(null);
    setState({ kind: 'reading' });
    try {
      const parsed = parseBackup(await file.text(), repo.schemaVersion());
      if (!parsed.ok) {
        setState({ kind: 'idle' });
        report({ from: 'restore', ok: false, text: `Could not restore ${file.name}: ${parsed.error}. Nothing was changed.` });
        return;
      }
      setState({ kind: 'confirm', fileName: file.name, backup: parsed.backup, incoming: parsed.counts, current: await repo.counts(), busy: false });
    } catch (e) {
      setState({ kind: 'idle' });
      report({ from: 'restore', ok: false, text: `Could not read ${file.name}: ${errorText(e)}` });
    }
  }

  async function confirm(s: Extract<State, { kind: 'confirm' }>): Promise<void> {
    setState({ ...s, busy: true });
    try {
      await applyBackup(s.backup);
      report({ from: 'restore', ok: true, text: `Restored ${describeCounts(s.incoming)}` });
      onDone();
    } catch (e) {
      // replaceAll is one transaction: on failure nothing was written.
      report({ from: 'restore', ok: false, text: `Restore failed, nothing was changed: ${errorText(e)}` });
    }
    setState({ kind: 'idle' });
  }

  return (
    <div className="data-block">
      <h3>Restore</h3>
      <p className="muted small">Replaces everything in Careline with a backup file. You will be asked to confirm first.</p>
      <label>
        Restore backup
        <input ref={inputRef} type="file" accept=".json,application/json" onChange={(e) => void onChoose(e)} disabled={state.kind !== 'idle'} />
      </label>
      {state.kind === 'reading' ? <p className="muted">Checking the backup…</p> : null}
      {state.kind === 'confirm' ? (
        <div role="group" aria-label="Confirm restore" className="data-confirm">
          <p>
            Restore {state.fileName} (exported {new Date(state.backup.exportedAt).toLocaleString()})? This replaces
            everything Careline holds now — {describeCounts(state.current)} — with the backup&apos;s {describeCounts(state.incoming)}.
          </p>
          <div className="row">
            <button type="button" className="danger" disabled={state.busy} onClick={() => void confirm(state)}>Replace everything</button>
            <button type="button" disabled={state.busy} onClick={() => { setState({ kind: 'idle' }); inputRef.current?.focus(); }}>Cancel</button>
          </div>
        </div>
      ) : null}
      <MessageLine from="restore" message={message} />
    </div>
  );
}
