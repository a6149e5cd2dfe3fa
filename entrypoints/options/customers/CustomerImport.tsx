/**
 * "Import customers": choose a CSV → the worker decodes and validates it → the agent checks the column
 * mapping (a select per column; each change is validated again by the worker, nothing written) and
 * confirms with "Import", or "Import valid rows only" for a file with problems. Then progress and
 * Cancel. The mapping preview stays on screen throughout.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { DropZone } from '../DropZone';
import type { ImportProgress, ImportResult } from '@/utils/customers/csv/import';
import type { ImportPreview, ImportReply } from '@/utils/customers/csv/session';
import { choiceOf, withChoice, type ColumnChoice } from '@/utils/customers/csv/columns';
import { useLocale } from '@/components/useLocale';
import { plural, type Translate } from '@/utils/i18n/pages';
import { count } from '../data/messages';
import { openImportChannel, type ImportChannel } from './import-client';
import { ColumnMappingTable, FileSummary, ProblemLists, problemsAlertText } from './ImportPreview';
import { ImportProgressBar } from './ImportProgressBar';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  /** `remapping`: a changed mapping is being validated; Import waits for its preview. */
  | { kind: 'review'; preview: ImportPreview; remapping?: boolean }
  | { kind: 'importing'; preview: ImportPreview; validOnly: boolean; progress?: ImportProgress; cancelling: boolean }
  | { kind: 'finished'; preview: ImportPreview; validOnly: boolean; progress?: ImportProgress; result: ImportResult }
  | { kind: 'failed'; preview?: ImportPreview; message: string };

const previewOf = (phase: Phase) => ('preview' in phase ? phase.preview : undefined);

/** The contract's result text for a completed import, or what a cancel left behind. */
function resultText(
  t: Translate,
  phase: Extract<Phase, { kind: 'finished' }>,
  plain: (n: number) => string | number,
): string {
  const { written, cancelled } = phase.result;
  if (!cancelled) return plural(t, 'options.customers.imported', written, { n: plain(written) });
  const rest = phase.preview.toWrite - written;
  return t('options.customers.cancelled', {
    written: count(t, written, 'customerWas'),
    rest: count(t, rest, 'rowWas'),
  });
}

export function CustomerImport() {
  const { t, locale } = useLocale();
  // The contract's English result has always used plain digits ("Imported 100000 customers").
  const plain = (n: number) => (locale === 'en' ? String(n) : n);
  const id = useId();
  const channel = useRef<ImportChannel | null>(null);
  // The agent's latest mapping and how many remaps are still being validated: a second change made
  // before the first one's preview arrives builds on the first, never on the older preview.
  const mapping = useRef<{ choices: ColumnChoice[] | null; pending: number }>({ choices: null, pending: 0 });
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [thread, setThread] = useState<'worker' | 'page' | undefined>();

  useEffect(() => () => channel.current?.close(), []);

  function onReply(reply: ImportReply, from: ImportChannel): void {
    if (channel.current !== from) return; // a file chosen before this one
    setThread(from.where());
    // Every file waits for the agent to confirm its mapping: nothing is written before "Import".
    if (reply.type === 'preview') {
      mapping.current.pending = Math.max(0, mapping.current.pending - 1);
      return setPhase({ kind: 'review', preview: reply.preview, remapping: mapping.current.pending > 0 });
    }
    if (reply.type === 'progress') {
      return setPhase((p) => (p.kind === 'importing' ? { ...p, progress: reply.progress } : p));
    }
    from.close();
    channel.current = null;
    if (reply.type === 'done') {
      const { result } = reply;
      return setPhase((p) =>
        p.kind === 'importing'
          ? { kind: 'finished', preview: p.preview, validOnly: p.validOnly, progress: p.progress, result }
          : p,
      );
    }
    setPhase((p) => ({ kind: 'failed', preview: previewOf(p), message: reply.message }));
  }

  function onChoose(file: File): void {
    channel.current?.close();
    const opened: ImportChannel = openImportChannel((reply) => onReply(reply, opened));
    channel.current = opened;
    setPhase({ kind: 'reading', fileName: file.name });
    mapping.current = { choices: null, pending: 1 };
    opened.send({ type: 'analyze', file });
  }

  function startImport(preview: ImportPreview, validOnly: boolean): void {
    channel.current?.send({ type: 'import', validOnly });
    setPhase({ kind: 'importing', preview, validOnly, cancelling: false });
  }

  function choose(preview: ImportPreview, index: number, choice: ColumnChoice): void {
    const choices = withChoice(
      mapping.current.choices ?? preview.columns.map((c) => choiceOf(c.target)),
      index,
      choice,
    );
    mapping.current = { choices, pending: mapping.current.pending + 1 };
    channel.current?.send({ type: 'remap', choices });
    setPhase({ kind: 'review', preview, remapping: true });
  }

  function discard(): void {
    channel.current?.close();
    channel.current = null;
    setPhase({ kind: 'idle' });
  }

  function cancel(): void {
    channel.current?.send({ type: 'cancel' });
    setPhase((p) => (p.kind === 'importing' ? { ...p, cancelling: true } : p));
  }

  const preview = previewOf(phase);
  const busy = phase.kind === 'reading' || phase.kind === 'importing';
  const skipped =
    preview && (phase.kind === 'importing' || phase.kind === 'finished') && phase.validOnly ? preview.problemCount : 0;

  return (
    <div className="cust-import" data-import-thread={thread}>
      <DropZone
        title={t('options.customers.import')}
        accept=".csv,text/csv"
        kind="CSV"
        disabled={busy}
        onFile={onChoose}
        onRefused={(message) => setPhase({ kind: 'failed', message })}
      />
      <p className="muted small">{t('options.customers.importHelp')}</p>

      {phase.kind === 'reading' ? (
        <p className="muted">{t('options.customers.reading', { file: phase.fileName })}</p>
      ) : null}
      {phase.kind === 'failed' ? <p role="alert">{phase.message}</p> : null}

      {phase.kind === 'review' ? (
        <div className="cust-decision">
          {phase.preview.key === 'none' ? (
            <p role="alert">{t('options.customers.needsKey')}</p>
          ) : phase.preview.problemCount > 0 ? (
            <p role="alert">{problemsAlertText(t, phase.preview)}</p>
          ) : (
            <p>{t('options.customers.importNote', { customers: count(t, phase.preview.toWrite, 'customer') })}</p>
          )}
          {phase.preview.key === 'customerId' ? (
            <p className="muted small">{t('options.customers.keyedById')}</p>
          ) : null}
          <div className="row">
            {phase.preview.problemCount > 0 ? (
              <button
                type="button"
                className="primary"
                aria-describedby={`${id}-skip`}
                disabled={phase.preview.toWrite === 0 || phase.remapping}
                onClick={() => startImport(phase.preview, true)}
              >
                {t('options.customers.importValidOnly')}
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={phase.preview.key === 'none' || phase.preview.toWrite === 0 || phase.remapping}
                onClick={() => startImport(phase.preview, false)}
              >
                {t('options.customers.importConfirm')}
              </button>
            )}
            <button type="button" onClick={discard}>
              {t('options.customers.discard')}
            </button>
          </div>
          {phase.preview.problemCount > 0 ? (
            <p id={`${id}-skip`} className="muted small">
              {t('options.customers.skipNote', {
                rows: count(t, phase.preview.problemCount, 'row'),
                customers: count(t, phase.preview.toWrite, 'customer'),
              })}
            </p>
          ) : null}
        </div>
      ) : null}

      {phase.kind === 'importing' || phase.kind === 'finished' ? (
        <ImportProgressBar
          total={phase.preview.toWrite}
          progress={phase.progress}
          done={phase.kind === 'finished'}
          onCancel={phase.kind === 'importing' ? cancel : undefined}
          cancelling={phase.kind === 'importing' && phase.cancelling}
        />
      ) : null}
      {phase.kind === 'finished' ? (
        <>
          <p role="status">{resultText(t, phase, plain)}</p>
          <p className="muted small">
            {t('options.customers.resultCounts', {
              created: count(t, phase.result.created, 'newCustomer'),
              updated: count(t, phase.result.updated, 'updatedCustomer'),
            })}
            {skipped ? t('options.customers.skipped', { rows: count(t, skipped, 'row') }) : ''}
            {phase.preview.warningCount
              ? t('options.customers.replaced', { rows: count(t, phase.preview.warningCount, 'row') })
              : ''}
          </p>
        </>
      ) : null}

      {preview ? (
        <div className="cust-preview">
          <div>
            <FileSummary preview={preview} />
            <ProblemLists preview={preview} />
          </div>
          <ColumnMappingTable
            preview={preview}
            onChoose={phase.kind === 'review' ? (index, choice) => choose(phase.preview, index, choice) : undefined}
          />
        </div>
      ) : null}
    </div>
  );
}
