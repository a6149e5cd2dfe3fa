/**
 * "Import customers": choose a CSV → the worker decodes and validates it → a clean file is imported at
 * once (progress, Cancel), a file with problems waits for the agent: nothing is written unless they
 * choose "Import valid rows only". The mapping preview stays on screen throughout.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { ImportProgress, ImportResult } from '@/utils/customers/csv/import';
import type { ImportPreview, ImportReply } from '@/utils/customers/csv/session';
import { openImportChannel, type ImportChannel } from './import-client';
import { ColumnMappingTable, FileSummary, plural, ProblemLists, problemsAlertText } from './ImportPreview';
import { ImportProgressBar } from './ImportProgressBar';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'review'; preview: ImportPreview }
  | { kind: 'importing'; preview: ImportPreview; validOnly: boolean; progress?: ImportProgress; cancelling: boolean }
  | { kind: 'finished'; preview: ImportPreview; validOnly: boolean; progress?: ImportProgress; result: ImportResult }
  | { kind: 'failed'; preview?: ImportPreview; message: string };

const previewOf = (phase: Phase) => ('preview' in phase ? phase.preview : undefined);

/** The contract's result text for a completed import, or what a cancel left behind. */
function resultText(phase: Extract<Phase, { kind: 'finished' }>): string {
  const { written, cancelled } = phase.result;
  if (!cancelled) return `Imported ${written} customers`;
  const rest = phase.preview.toWrite - written;
  return `Import cancelled: ${plural(written, 'customer was', 'customers were')} already written and stay; the other ${plural(rest, 'row was', 'rows were')} not imported.`;
}

export function CustomerImport() {
  const id = useId();
  const channel = useRef<ImportChannel | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [thread, setThread] = useState<'worker' | 'page' | undefined>();

  useEffect(() => () => channel.current?.close(), []);

  function onReply(reply: ImportReply, from: ImportChannel): void {
    if (channel.current !== from) return; // a file chosen before this one
    setThread(from.where());
    if (reply.type === 'preview') {
      const { preview } = reply;
      if (preview.problemCount > 0) return setPhase({ kind: 'review', preview });
      // A clean file needs no decision: import at once, with the preview alongside.
      from.send({ type: 'import', validOnly: false });
      return setPhase({ kind: 'importing', preview, validOnly: false, cancelling: false });
    }
    if (reply.type === 'progress') {
      return setPhase((p) => (p.kind === 'importing' ? { ...p, progress: reply.progress } : p));
    }
    from.close();
    channel.current = null;
    if (reply.type === 'done') {
      const { result } = reply;
      return setPhase((p) => (p.kind === 'importing' ? { kind: 'finished', preview: p.preview, validOnly: p.validOnly, progress: p.progress, result } : p));
    }
    setPhase((p) => ({ kind: 'failed', preview: previewOf(p), message: reply.message }));
  }

  function onChoose(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it, or to re-import) fires another change.
    event.target.value = '';
    if (!file) return;
    channel.current?.close();
    const opened: ImportChannel = openImportChannel((reply) => onReply(reply, opened));
    channel.current = opened;
    setPhase({ kind: 'reading', fileName: file.name });
    opened.send({ type: 'analyze', file });
  }

  function importValidOnly(preview: ImportPreview): void {
    channel.current?.send({ type: 'import', validOnly: true });
    setPhase({ kind: 'importing', preview, validOnly: true, cancelling: false });
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
  const skipped = preview && (phase.kind === 'importing' || phase.kind === 'finished') && phase.validOnly ? preview.problemCount : 0;

  return (
    <div className="cust-import" data-import-thread={thread}>
      <label className="cust-file">
        Import customers
        <input type="file" accept=".csv,text/csv" disabled={busy} onChange={onChoose} />
      </label>
      <p className="muted small">
        CSV with a header row: handle (핸들), name (이름), customer_id (고객번호), phone (전화번호), email, plan (요금제),
        tags (태그, separated by ;), note (메모); other columns become custom attributes. UTF-8 or CP949 (Excel). Customers are
        matched by handle: importing again updates them.
      </p>

      {phase.kind === 'reading' ? <p className="muted">Reading {phase.fileName}…</p> : null}
      {phase.kind === 'failed' ? <p role="alert">{phase.message}</p> : null}

      {phase.kind === 'review' ? (
        <div className="cust-decision">
          <p role="alert">{problemsAlertText(phase.preview)}</p>
          <div className="row">
            <button type="button" className="primary" aria-describedby={`${id}-skip`} disabled={phase.preview.toWrite === 0} onClick={() => importValidOnly(phase.preview)}>
              Import valid rows only
            </button>
            <button type="button" onClick={discard}>Discard file</button>
          </div>
          <p id={`${id}-skip`} className="muted small">
            Skips the {plural(phase.preview.problemCount, 'row')} with problems and writes {plural(phase.preview.toWrite, 'customer')}.
          </p>
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
          <p role="status">{resultText(phase)}</p>
          <p className="muted small">
            {plural(phase.result.created, 'new customer')}, {plural(phase.result.updated, 'updated customer')}.
            {skipped ? ` Skipped ${plural(skipped, 'row')} with problems (listed below).` : ''}
            {phase.preview.warningCount ? ` ${plural(phase.preview.warningCount, 'row')} replaced by a later row with the same handle.` : ''}
          </p>
        </>
      ) : null}

      {preview ? (
        <div className="cust-preview">
          <div>
            <FileSummary preview={preview} />
            <ProblemLists preview={preview} />
          </div>
          <ColumnMappingTable preview={preview} />
        </div>
      ) : null}
    </div>
  );
}
