import { useRef, useState } from 'react';
import { DropZone } from '../DropZone';
import { useLocale } from '@/components/useLocale';
import type { Translate } from '@/utils/i18n/pages';
import { applyBackup } from '@/utils/data/backup/apply';
import type { BackupFile } from '@/utils/data/backup/format';
import { parseBackup } from '@/utils/data/backup/parse';
import { backupRepo, type TableCounts } from '@/utils/db/backup-repo';
import { count, errorText, MessageLine, type DataMessage, type Report } from './messages';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** Valid file, nothing written yet: what would be replaced, with what. */
  | {
      kind: 'confirm';
      fileName: string;
      backup: BackupFile;
      incoming: TableCounts;
      current: TableCounts;
      busy: boolean;
    };

const repo = backupRepo();

function describeCounts(t: Translate, c: TableCounts): string {
  return t('options.data.restore.counts', {
    customers: count(t, c.customers, 'customer'),
    events: count(t, c.events, 'historyEntry'),
    templates: count(t, c.templates, 'template'),
    packs: count(t, c.packs, 'pack'),
  });
}

/**
 * Restore: read → validate (nothing written) → confirm, naming what goes and what comes → one
 * transaction. An invalid file is refused with the reason and where, and the data stays as it was.
 */
export function RestoreBackup({
  message,
  report,
  onDone,
}: {
  message: DataMessage | null;
  report: Report;
  onDone: () => void;
}) {
  const { t, formatDate } = useLocale();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function onChoose(file: File): Promise<void> {
    report(null);
    setState({ kind: 'reading' });
    try {
      const parsed = parseBackup(await file.text(), repo.schemaVersion());
      if (!parsed.ok) {
        setState({ kind: 'idle' });
        report({
          from: 'restore',
          ok: false,
          text: t('options.data.restore.invalid', { file: file.name, error: parsed.error }),
        });
        return;
      }
      setState({
        kind: 'confirm',
        fileName: file.name,
        backup: parsed.backup,
        incoming: parsed.counts,
        current: await repo.counts(),
        busy: false,
      });
    } catch (e) {
      setState({ kind: 'idle' });
      report({
        from: 'restore',
        ok: false,
        text: t('options.data.restore.unreadable', { file: file.name, error: errorText(e) }),
      });
    }
  }

  async function confirm(s: Extract<State, { kind: 'confirm' }>): Promise<void> {
    setState({ ...s, busy: true });
    try {
      await applyBackup(s.backup);
      report({
        from: 'restore',
        ok: true,
        text: t('options.data.restore.done', { counts: describeCounts(t, s.incoming) }),
      });
      onDone();
    } catch (e) {
      // replaceAll is one transaction: on failure nothing was written.
      report({ from: 'restore', ok: false, text: t('options.data.restore.failed', { error: errorText(e) }) });
    }
    setState({ kind: 'idle' });
  }

  return (
    <div className="data-block">
      <h3>{t('options.data.restore.heading')}</h3>
      <p className="muted small">{t('options.data.restore.help')}</p>
      <DropZone
        title={t('options.data.restore.input')}
        accept=".json,application/json"
        kind="JSON"
        inputRef={inputRef}
        onFile={(file) => void onChoose(file)}
        onRefused={(text) => report({ from: 'restore', ok: false, text })}
        disabled={state.kind !== 'idle'}
      />
      {state.kind === 'reading' ? <p className="muted">{t('options.data.restore.checking')}</p> : null}
      {state.kind === 'confirm' ? (
        <div role="group" aria-label={t('options.data.restore.confirmGroup')} className="data-confirm">
          <p>
            {t('options.data.restore.confirm', {
              file: state.fileName,
              date: formatDate(new Date(state.backup.exportedAt)),
              current: describeCounts(t, state.current),
              incoming: describeCounts(t, state.incoming),
            })}
          </p>
          <div className="row">
            <button type="button" className="danger" disabled={state.busy} onClick={() => void confirm(state)}>
              {t('options.data.restore.replace')}
            </button>
            <button
              type="button"
              disabled={state.busy}
              onClick={() => {
                setState({ kind: 'idle' });
                inputRef.current?.focus();
              }}
            >
              {t('options.data.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <MessageLine from="restore" message={message} />
    </div>
  );
}
