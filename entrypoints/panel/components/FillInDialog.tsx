import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocale } from '@/components/useLocale';
import { ownValue } from '@/utils/own-keys';
import { CoveredAlert } from './CoveredAlert';
import { useModalDialog } from './useModalDialog';

interface Props {
  labels: string[];
  onInsert: (inputs: Record<string, string>) => void;
  onCancel: () => void;
  /** The reply's length with what has been typed so far (the panel's length meter). */
  meter?: (inputs: Record<string, string>) => ReactNode;
}

/** The template's {{input:Label}} fields, typed by the agent before insert. Esc cancels (focus goes back to the opener). */
export function FillInDialog({ labels, onInsert, onCancel, meter }: Props) {
  const { t } = useLocale();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});

  const { keepFocus } = useModalDialog(ref);

  // Labels are the template's text: `{{input:constructor}}` must read the agent's entry, not Object's.
  const valueOf = (label: string) => (ownValue(values, label) as string | undefined) ?? '';
  const complete = labels.every((l) => valueOf(l).trim() !== '');
  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!complete) return;
    // The insert puts the focus into X's composer: the panel must not take it back.
    keepFocus();
    onInsert(Object.fromEntries(labels.map((l) => [l, valueOf(l).trim()])));
  }

  return (
    <dialog ref={ref} aria-labelledby={`${id}-h`} className="fill-in" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form onSubmit={submit}>
        <h2 id={`${id}-h`}>{t('panel.fillIn.heading')}</h2>
        {labels.map((label, i) => (
          <label key={label} className="field">
            {label}
            <input
              type="text"
              autoFocus={i === 0}
              value={valueOf(label)}
              onChange={(e) => setValues((v) => ({ ...v, [label]: e.target.value }))}
            />
          </label>
        ))}
        {meter ? <div className="fill-in-length">{meter(Object.fromEntries(labels.map((l) => [l, valueOf(l).trim()])))}</div> : null}
        <CoveredAlert action="insert" />
        <div className="dialog-bar">
          <button type="button" onClick={onCancel}>{t('panel.fillIn.cancel')}</button>
          <button type="submit" className="primary" disabled={!complete}>{t('panel.fillIn.insert')}</button>
        </div>
      </form>
    </dialog>
  );
}
