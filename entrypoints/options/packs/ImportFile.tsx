import { useId, useRef, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { plural } from '@/utils/i18n/pages';
import { packsRepo } from '@/utils/db/packs-repo';
import { applyImport, importPackText, type ImportPlan } from '@/utils/templates/pack/plan';
import { DropZone } from '../DropZone';
import { ImportPreview } from './ImportPreview';
import { errorText, MessageLine, type PackMessage, type Report } from './messages';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; plan: ImportPlan; fileName: string; busy: boolean }
  /** A new pack was imported at once (it only adds): its summary, with Undo. */
  | { kind: 'imported-new'; plan: ImportPlan };

const packs = packsRepo();

/** A pack Careline has never seen only adds templates: nothing to review, so it goes in at once (with Undo). */
async function isNewPack(plan: ImportPlan): Promise<boolean> {
  return (
    plan.changed.length === 0 && plan.removed.length === 0 && plan.unchanged === 0 && !(await packs.get(plan.pack.id))
  );
}

/** "templates[1].title: required": the path first, so the lead knows where to look (once, if the message has it). */
export function describeFailure(error: string, path?: string): string {
  return path && !error.includes(path) ? `${path}: ${error}` : error;
}

/**
 * Import a pack file: read → validate and plan (nothing written) → preview → Import writes it all in
 * one transaction. A bad file shows why and where, and the library stays as it was.
 */
export function ImportFile({ message, report }: { message: PackMessage | null; report: Report }) {
  const { t } = useLocale();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  /** "Imported 1 template", "Imported 12 templates": plain digits, as the contract writes it. */
  const imported = (n: number) => plural(t, 'options.count.import', n, { n: String(n) });

  async function onChoose(file: File): Promise<void> {
    report(null);
    setState({ kind: 'reading' });
    try {
      // File.text() decodes as UTF-8 (the contract's encoding); File.size lets parsePack refuse 5 MB+ up front.
      const result = await importPackText(await file.text(), file.size);
      if (!result.ok) {
        setState({ kind: 'idle' });
        report({
          from: 'import',
          ok: false,
          text: t('options.packs.import.couldNotImport', {
            file: file.name,
            error: describeFailure(result.error, result.path),
          }),
        });
        return;
      }
      if (await isNewPack(result.plan)) {
        await applyImport(result.plan);
        setState({ kind: 'imported-new', plan: result.plan });
        report({ from: 'import', ok: true, text: imported(result.plan.templates.length) });
        return;
      }
      setState({ kind: 'preview', plan: result.plan, fileName: file.name, busy: false });
    } catch (e) {
      setState({ kind: 'idle' });
      report({
        from: 'import',
        ok: false,
        text: t('options.packs.import.couldNotRead', { file: file.name, error: errorText(e) }),
      });
    }
  }

  async function confirm(plan: ImportPlan, fileName: string): Promise<void> {
    setState({ kind: 'preview', plan, fileName, busy: true });
    try {
      await applyImport(plan);
      report({ from: 'import', ok: true, text: imported(plan.templates.length) });
    } catch (e) {
      // applyImport is one transaction: on failure nothing was written.
      report({ from: 'import', ok: false, text: t('options.packs.import.failed', { error: errorText(e) }) });
    }
    setState({ kind: 'idle' });
  }

  async function undoNew(plan: ImportPlan): Promise<void> {
    await packs.removePack(plan.pack.id);
    setState({ kind: 'idle' });
    report({ from: 'import', ok: true, text: t('options.packs.import.undone', { name: plan.pack.name }) });
  }

  return (
    <div className="pack-block">
      <h4 id={`${id}-h`}>{t('options.packs.import.heading')}</h4>
      <p className="muted small">{t('options.packs.import.help')}</p>
      <DropZone
        title={t('options.packs.import.input')}
        accept=".json,application/json"
        kind="JSON"
        inputRef={inputRef}
        onFile={(file) => void onChoose(file)}
        onRefused={(text) => report({ from: 'import', ok: false, text })}
        disabled={state.kind === 'reading' || (state.kind === 'preview' && state.busy)}
      />
      {state.kind === 'reading' ? <p className="muted">{t('options.packs.import.reading')}</p> : null}
      <MessageLine from="import" message={message} />
      {state.kind === 'imported-new' ? (
        <div className="import-done">
          <p>
            {state.plan.pack.name}: {state.plan.added.map((r) => r.title).join(', ')}
          </p>
          <button type="button" onClick={() => void undoNew(state.plan)}>
            {t('options.packs.import.undo')}
          </button>
        </div>
      ) : null}
      {state.kind === 'preview' ? (
        <ImportPreview
          plan={state.plan}
          source={state.fileName}
          busy={state.busy}
          confirmLabel={t('options.packs.import.confirm')}
          onConfirm={() => void confirm(state.plan, state.fileName)}
          onCancel={() => {
            setState({ kind: 'idle' });
            report(null);
            inputRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
