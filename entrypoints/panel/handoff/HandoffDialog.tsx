/**
 * "Hand off": reason, priority, note and an optional callback phone, with a preview of exactly what
 * the call center will receive. Send writes the case to the outbox (the background delivers it);
 * the id is made when the dialog opens, so pressing Send twice queues one handoff.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CustomerEventRecord, CustomerRecord } from '@/utils/db/types';
import { buildHandoffPayload } from '@/utils/handoff/build-payload';
import { caseText } from '@/utils/handoff/case-text';
import { parseCallbackPhone } from '@/utils/handoff/phone';
import { deliveryReady } from '@/utils/handoff/settings';
import { settingsForReason } from '@/utils/handoff/routes';
import type { HandoffPriority, StoredHandoffSettings } from '@/utils/handoff/types';
import type { MessageKey } from '@/utils/i18n/pages';
import { useModalDialog } from '../components/useModalDialog';
import { useLocale } from '@/components/useLocale';
import { CoveredAlert } from '../components/CoveredAlert';
import { visibleFor } from '../visibility';
import { openHandoffSettings } from './open-settings';
import './handoff-dialog.css';
import { errorText } from '@/utils/error-text';

export interface HandoffDraft {
  id: string;
  reason: string;
  priority: HandoffPriority;
  note: string;
  callbackPhone?: string;
}

interface Props {
  settings: StoredHandoffSettings;
  handle: string;
  seenName?: string;
  customer?: CustomerRecord;
  history: CustomerEventRecord[];
  conversation: { url?: string; statusId?: string; text?: string; lang?: string };
  agentName: string;
  onSend: (draft: HandoffDraft) => Promise<void>;
  onCancel: () => void;
}

const NOT_SET_UP: Record<StoredHandoffSettings['method'], MessageKey> = {
  webhook: 'panel.handoff.notSetUp.webhook',
  email: 'panel.handoff.notSetUp.email',
  crm: 'panel.handoff.notSetUp.crm',
};

const PRIORITIES: { value: HandoffPriority; label: MessageKey }[] = [
  { value: 'low', label: 'panel.handoff.priorityLow' },
  { value: 'normal', label: 'panel.handoff.priorityNormal' },
  { value: 'high', label: 'panel.handoff.priorityHigh' },
  { value: 'urgent', label: 'panel.handoff.priorityUrgent' },
];

export function HandoffDialog(props: Props) {
  const { settings, onSend, onCancel } = props;
  const { t } = useLocale();
  const uid = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [id] = useState(() => crypto.randomUUID());
  const [reason, setReason] = useState(settings.reasons[0] ?? '');
  const [priority, setPriority] = useState<HandoffPriority>('normal');
  const [note, setNote] = useState('');
  const [phone, setPhone] = useState(props.customer?.phone ?? '');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Esc cancels; focus then goes back to "Hand off to call center" (after Send too).
  useModalDialog(ref);

  // Not set up: a webhook handoff can wait in the outbox; an e-mail or CRM one has nowhere to open.
  // The chosen reason may have its own route (options → Handoff → Routes by reason).
  const routed = settingsForReason(settings, reason);
  const ready = deliveryReady(routed);
  const canSend = ready || routed.method === 'webhook';
  const parsedPhone = parseCallbackPhone(phone);
  const callbackPhone = parsedPhone.ok ? (parsedPhone.e164 ?? parsedPhone.display) : undefined;
  const phoneHint = parsedPhone.ok
    ? parsedPhone.display
      ? t('panel.handoff.callBackOn', { phone: parsedPhone.display })
      : t('panel.handoff.optional')
    : parsedPhone.message;
  const lang = props.conversation.lang === 'ko' ? 'ko' : 'en';
  const preview = useMemo(
    () =>
      caseText(
        buildHandoffPayload({
          id,
          createdAt: new Date().toISOString(),
          agentName: props.agentName,
          handle: props.handle,
          customer: props.customer,
          seenName: props.seenName,
          conversation: props.conversation,
          reason,
          priority,
          note: note.trim(),
          callbackPhone,
          history: props.history,
        }),
        lang,
      ),
    [
      id,
      props.agentName,
      props.handle,
      props.customer,
      props.seenName,
      props.conversation,
      props.history,
      reason,
      priority,
      note,
      callbackPhone,
      lang,
    ],
  );

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (sending || !canSend || !reason || !parsedPhone.ok) return;
    setSending(true);
    setError(null);
    // Only a click the agent could see sends the case (entrypoints/panel/visibility.ts).
    if (!(await visibleFor('handoff'))) {
      setSending(false);
      return;
    }
    try {
      await onSend({ id, reason, priority, note: note.trim(), callbackPhone });
    } catch (e) {
      // Nothing was queued (one transaction): the agent can try again with the same id.
      setError(t('panel.handoff.saveFailed', { error: errorText(e) }));
      setSending(false);
    }
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${uid}-h`}
      aria-describedby={ready ? undefined : `${uid}-setup`}
      className="fill-in handoff"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${uid}-h`}>{t('panel.handoff.dialogHeading')}</h2>
        {settings.callCenterName || settings.callCenterPhone ? (
          <p className="muted small">
            {t('panel.handoff.to', {
              target: [settings.callCenterName, settings.callCenterPhone].filter(Boolean).join(' · '),
            })}
          </p>
        ) : null}
        <label className="field">
          {t('panel.handoff.reason')}
          <select value={reason} onChange={(e) => setReason(e.target.value)} autoFocus>
            {settings.reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('panel.handoff.priority')}
          <select value={priority} onChange={(e) => setPriority(e.target.value as HandoffPriority)}>
            {PRIORITIES.map((p) => (
              <option key={p.value} value={p.value}>
                {t(p.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('panel.handoff.note')}
          <textarea
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('panel.handoff.notePlaceholder')}
          />
        </label>
        <label className="field">
          {t('panel.handoff.phone')}
          <input
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={!parsedPhone.ok}
            aria-describedby={`${uid}-phone`}
          />
        </label>
        <p
          id={`${uid}-phone`}
          className={parsedPhone.ok ? 'muted small' : 'error small'}
          role={parsedPhone.ok ? undefined : 'alert'}
        >
          {phoneHint}
        </p>
        <details className="handoff-preview">
          <summary>{t('panel.handoff.previewSummary')}</summary>
          {/* Scrolls when long: focusable, so keyboard users can scroll it too. */}
          <pre role="region" aria-label={t('panel.handoff.previewRegion')} tabIndex={0}>
            {preview}
          </pre>
        </details>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        {/* Right before Send, where the agent decides; also read out with the dialog's name (aria-describedby). */}
        {ready ? null : (
          <div role="note" className="handoff-setup">
            <p id={`${uid}-setup`}>{t(NOT_SET_UP[routed.method])}</p>
            <button type="button" className="link" onClick={openHandoffSettings}>
              {t('panel.handoff.openSettings')}
            </button>
          </div>
        )}
        <CoveredAlert action="handoff" />
        <div className="dialog-bar">
          <button type="button" onClick={onCancel}>
            {t('panel.handoff.cancel')}
          </button>
          <button type="submit" className="primary" disabled={sending || !canSend || !reason || !parsedPhone.ok}>
            {t('panel.handoff.send')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
