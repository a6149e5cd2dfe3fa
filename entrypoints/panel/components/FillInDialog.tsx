import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { ReplyText } from '@/components/ReplyText';
import { useLocale } from '@/components/useLocale';
import { ownValue } from '@/utils/own-keys';
import { renderParts, type RenderValues } from '@/utils/templates/render';
import { variableName } from '@/utils/templates/variables';
import { CoveredAlert } from './CoveredAlert';
import { useModalDialog } from './useModalDialog';
import './fill-in.css';

/** What the agent typed: fill-in fields by label, values the record lacks by path. */
export interface FillInEntries {
  inputs: Record<string, string>;
  given: Record<string, string>;
}

interface Props {
  body: string;
  lang: string;
  /** The customer's values, as the preview fills them. */
  values: RenderValues;
  /** The template's {{input:Label}} fields, in order. */
  labels: string[];
  /** The paths the record has no value for (and no fallback), in order. */
  missing: string[];
  entries: FillInEntries;
  onChange: (entries: FillInEntries) => void;
  onInsert: (entries: FillInEntries) => void;
  onCancel: () => void;
  /** The reply's length with what has been typed so far (the panel's length meter). */
  meter?: (entries: FillInEntries) => ReactNode;
}

// Labels and paths are the template's text: `{{input:constructor}}` must read the agent's entry, not Object's.
const entryOf = (from: Record<string, string>, key: string) => (ownValue(from, key) as string | undefined) ?? '';
const trimmed = (from: Record<string, string>, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, entryOf(from, k).trim()]).filter(([, v]) => v !== ''));

/**
 * Everything the reply still needs, in one dialog: the template's fill-in fields (required), then
 * the values the customer's record lacks (optional: for this insert only; left empty, the
 * placeholder goes in as written). Above them the reply as it reads so far. What was typed lives in
 * the panel's store, so Cancel (or Esc) and Insert again loses nothing.
 */
export function FillInDialog({
  body,
  lang,
  values,
  labels,
  missing,
  entries,
  onChange,
  onInsert,
  onCancel,
  meter,
}: Props) {
  const { t } = useLocale();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { keepFocus } = useModalDialog(ref);

  const complete = labels.every((l) => entryOf(entries.inputs, l).trim() !== '');
  const typed = { inputs: trimmed(entries.inputs, labels), given: trimmed(entries.given, missing) };
  const parts = renderParts(body, { ...values, given: typed.given }, typed.inputs);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!complete) return;
    // The insert puts the focus into X's composer: the panel must not take it back.
    keepFocus();
    onInsert(typed);
  }
  const setInput = (label: string, value: string) =>
    onChange({ ...entries, inputs: { ...entries.inputs, [label]: value } });
  const setGiven = (path: string, value: string) =>
    onChange({ ...entries, given: { ...entries.given, [path]: value } });

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-h`}
      className="fill-in"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-h`}>{t('panel.fillIn.heading')}</h2>
        <p className="fill-in-sentence" lang={lang} role="group" aria-label={t('panel.fillIn.sentence')}>
          <ReplyText parts={parts} />
        </p>
        {labels.map((label, i) => (
          <label key={label} className="field">
            {label}
            <input
              type="text"
              autoFocus={i === 0}
              required
              value={entryOf(entries.inputs, label)}
              onChange={(e) => setInput(label, e.target.value)}
            />
          </label>
        ))}
        {missing.length > 0 ? (
          <fieldset className="fill-in-missing" aria-describedby={`${id}-m`}>
            <legend>{t('panel.fillIn.missingHeading')}</legend>
            <p id={`${id}-m`} className="muted small">
              {t('panel.fillIn.missingHint')}
            </p>
            {missing.map((path, i) => (
              <label key={path} className="field">
                {variableName(path)}
                <input
                  type="text"
                  autoFocus={labels.length === 0 && i === 0}
                  placeholder={`{{${path}}}`}
                  value={entryOf(entries.given, path)}
                  onChange={(e) => setGiven(path, e.target.value)}
                />
              </label>
            ))}
          </fieldset>
        ) : null}
        {meter ? <div className="fill-in-length">{meter(typed)}</div> : null}
        <CoveredAlert action="insert" />
        <div className="dialog-bar">
          <button type="button" onClick={onCancel}>
            {t('panel.fillIn.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!complete}>
            {t('panel.fillIn.insert')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
