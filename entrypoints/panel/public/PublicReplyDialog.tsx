import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import type { PrivateField } from '@/utils/templates/public-reply';
import { useModalDialog } from '../components/useModalDialog';
import { fieldLabel } from './guard';

interface Props {
  fields: PrivateField[];
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Public reply with customer data": which customer data the public reply would carry, by name and
 * value, before anything reaches X. Asked on every insert (never remembered). The focus starts on
 * "Insert in public reply" so Enter-to-insert keeps working from the keyboard; Esc and Cancel insert
 * nothing and return the focus to what opened it.
 */
export function PublicReplyDialog({ fields, onConfirm, onCancel }: Props) {
  const { t } = useLocale();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { keepFocus } = useModalDialog(ref);

  function cancel(): void {
    onCancel();
    // Opened from Fill in, whose dialog is gone by now, nothing gets the focus back: return it to the
    // preview's Insert, where the agent started (useModalDialog restores any opener still there).
    setTimeout(() => {
      if (document.activeElement === document.body || document.activeElement === null) document.querySelector<HTMLElement>('.preview-bar .primary')?.focus();
    }, 0);
  }

  useEffect(() => {
    // After useModalDialog's showModal, which focuses the first control (Cancel).
    confirmRef.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent): void {
    // A held Enter (the one that asked for the insert, repeating) must not confirm unseen data.
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
  }

  function confirm(): void {
    // The insert puts the focus into X's composer: the panel must not take it back.
    keepFocus();
    onConfirm();
  }

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      className="fill-in public-reply"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id={`${id}-h`}>{t('panel.public.heading')}</h2>
      <p id={`${id}-d`} className="warning small">{t('panel.public.warning')}</p>
      <ul aria-label={t('panel.public.fields')} className="public-fields">
        {fields.map((f) => (
          <li key={f.path}>
            <strong>{fieldLabel(f)}</strong>: <span>{f.value}</span>
          </li>
        ))}
      </ul>
      <div className="dialog-bar">
        <button type="button" onClick={cancel}>{t('panel.public.cancel')}</button>
        <button type="button" ref={confirmRef} className="primary" onClick={confirm}>{t('panel.public.confirm')}</button>
      </div>
    </dialog>
  );
}
