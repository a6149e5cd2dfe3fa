/**
 * "Handoff": how the panel's "Hand off to call center" reaches the call center (webhook,
 * e-mail draft or CRM form), the call center's name and number for the reply to the customer, and
 * the reasons agents pick from. Save refuses anything that could not be delivered to; "Send test
 * handoff" tries the saved settings for real.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocale } from '@/components/useLocale';
import { useStoredValue } from '@/components/useStoredValue';
import { sendWaitingHandoffs } from '@/utils/handoff/outbox';
import { readHandoffSettings, saveHandoffSettings } from '@/utils/handoff/secret-settings';
import { DEFAULT_HANDOFF_SETTINGS, handoffSettings, validateHandoffSettings } from '@/utils/handoff/settings';
import type { DeliveryMethod, HandoffSettings } from '@/utils/handoff/types';
import { agentSettings } from '@/utils/settings/settings';
import {
  formFieldOf,
  formFromSettings,
  sameForm,
  settingsFromForm,
  type FormField,
  type HandoffForm,
} from '../handoff/form';
import {
  errorText,
  MessageLine,
  ProblemList,
  problemIdsFor,
  type FieldProblem,
  type HandoffMessage,
} from '../handoff/messages';
import { CrmFields, DeliveryChoice, EmailFields, WebhookFields } from '../handoff/MethodFields';
import { openTestHandoff, postTestHandoff, type TestResult } from '../handoff/test-handoff';
import { TextField, type FieldContext } from '../handoff/TextField';
import { HandoffOutbox } from '../handoff/HandoffOutbox';
import { RoutesTable } from '../handoff/RoutesTable';
import { permissionNote, requestOriginPermission } from '../permissions';
import '../handoff/handoff.css';

/** The webhook fields whose change makes a refused handoff worth another try. */
const WEBHOOK_FIELDS = ['webhookUrl', 'webhookSecret', 'extraHeaderName', 'extraHeaderValue', 'timeoutMs'] as const;

/** Every webhook a handoff may be POSTed to: the default one when chosen, and each routed one. */
function webhookUrlsOf(s: HandoffSettings): string[] {
  const urls = s.routes.filter((r) => r.method === 'webhook').map((r) => r.address);
  if (s.method === 'webhook' && s.webhookUrl.trim()) urls.unshift(s.webhookUrl.trim());
  return urls;
}

/** Sends what waits in the outbox; the failed ones too when the webhook changed. How many are due. */
function sendWaiting(before: HandoffSettings | null, after: HandoffSettings): Promise<number> {
  const webhookChanged =
    !before ||
    WEBHOOK_FIELDS.some((field) => before[field] !== after[field]) ||
    JSON.stringify(before.routes) !== JSON.stringify(after.routes);
  return sendWaitingHandoffs(webhookChanged).catch((error: unknown) => {
    console.warn('Careline: could not send the waiting handoffs now; the outbox tries again on its own', error);
    return 0;
  });
}

export function HandoffSection() {
  const { t, locale } = useLocale();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  /** What is stored: the test handoff uses it, and the form is "changed" when it differs. */
  const [saved, setSaved] = useState<HandoffSettings | null>(null);
  const [form, setForm] = useState<HandoffForm>(() => formFromSettings(DEFAULT_HANDOFF_SETTINGS));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<HandoffMessage | null>(null);
  const [testing, setTesting] = useState(false);
  const { agentName } = useStoredValue(agentSettings);

  useEffect(() => {
    void readHandoffSettings().then((s) => {
      setSaved(s);
      setForm(formFromSettings(s));
    });
    // Another options tab may save too: the test must use what is really stored. The secrets are
    // not in storage.local (docs/security.md): read them again with the rest, which useStoredValue cannot.
    // eslint-disable-next-line no-restricted-syntax
    return handoffSettings.watch(() => void readHandoffSettings().then(setSaved));
  }, []);

  // After a refused Save, keyboard users land on the first field to fix.
  useEffect(() => {
    if (problems.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const changed = saved !== null && !sameForm(form, formFromSettings(saved));
  const ctx: FieldContext = {
    form,
    change: (field: FormField, value: string) => setForm((f) => ({ ...f, [field]: value })),
    problemIds: (field) => problemIdsFor(formId, problems, field),
  };

  function save(event: FormEvent): void {
    event.preventDefault();
    const settings = settingsFromForm(form);
    const found = validateHandoffSettings(settings).map((p) => ({ field: formFieldOf(p.field), message: p.message }));
    setProblems(found);
    if (found.length > 0) {
      setMessage(null);
      return;
    }
    // Synchronously, inside the click's user gesture (see requestOriginPermission): with access to
    // the receiver's origin, the background can POST without the receiver answering CORS preflights.
    const webhooks = webhookUrlsOf(settings);
    const permission = webhooks.length ? requestOriginPermission(webhooks) : undefined;
    const before = saved;
    void (async () => {
      try {
        await saveHandoffSettings(settings);
      } catch (error) {
        setMessage({ from: 'save', ok: false, text: t('options.handoff.saveFailed', { error: errorText(error) }) });
        return;
      }
      setSaved(settings);
      setForm(formFromSettings(settings));
      setMessage({ from: 'save', ok: true, text: t('options.handoff.saved') });
      // What waited for these settings goes now, not after the access prompt (which may stay open):
      // a receiver that answers CORS takes it without access, and a failed attempt is retried anyway.
      // A changed webhook also gets another try at what it refused.
      const due = webhooks.length ? await sendWaiting(before, settings) : 0;
      if (due) {
        const text = t(due === 1 ? 'options.handoff.savedSending.one' : 'options.handoff.savedSending.other', {
          n: locale === 'en' ? String(due) : due,
        });
        setMessage({ from: 'save', ok: true, text });
      }
      // Not awaited before "Saved": the settings are stored either way, and a prompt left open must
      // not hold the page.
      const access = await permission;
      if (access && !access.granted) {
        setMessage({
          from: 'save',
          ok: true,
          text: t('options.handoff.savedNoAccess', {
            note: permissionNote(t, access) ?? t('options.handoff.notGranted'),
          }),
        });
      }
    })();
  }

  function sendTest(): void {
    if (!saved) return;
    const note = changed ? t('options.handoff.testUsesSaved') : '';
    const show = (r: TestResult) => setMessage({ from: 'test', ok: r.ok, text: r.text + note });
    setProblems([]);
    if (saved.method !== 'webhook') {
      show(openTestHandoff(t, saved, agentName));
      return;
    }
    setMessage(null);
    setTesting(true);
    // Read again: another tab may have changed only a secret, which storage.local's watch cannot see.
    void readHandoffSettings()
      .then((stored) => postTestHandoff(t, stored, agentName))
      .then(show, (error: unknown) =>
        show({ ok: false, text: t('options.handoff.testNotDelivered', { error: errorText(error) }) }),
      )
      .finally(() => setTesting(false));
  }

  return (
    <section aria-labelledby="handoff-h" className="options-section">
      <h2 id="handoff-h">{t('options.handoff.heading')}</h2>
      <p className="muted">{t('options.handoff.intro')}</p>
      {saved === null ? (
        <p className="muted">{t('options.handoff.loading')}</p>
      ) : (
        <form ref={formRef} id={formId} className="handoff-form" onSubmit={save} noValidate>
          <DeliveryChoice
            value={form.method}
            onChange={(method: DeliveryMethod) => setForm((f) => ({ ...f, method }))}
          />
          {form.method === 'webhook' ? <WebhookFields ctx={ctx} /> : null}
          {form.method === 'email' ? <EmailFields ctx={ctx} /> : null}
          {form.method === 'crm' ? <CrmFields ctx={ctx} /> : null}
          <div className="handoff-row">
            <TextField
              ctx={ctx}
              field="callCenterName"
              label={t('options.handoff.callCenterName')}
              placeholder={t('options.handoff.callCenterNamePlaceholder')}
              hint={t('options.handoff.callCenterNameHint')}
            />
            <TextField
              ctx={ctx}
              field="callCenterPhone"
              label={t('options.handoff.callCenterPhone')}
              type="tel"
              inputMode="tel"
              placeholder="1588-1234"
            />
          </div>
          <TextField
            ctx={ctx}
            field="reasonsText"
            label={t('options.handoff.reasons')}
            multiline
            hint={t('options.handoff.reasonsHint')}
            className="wide handoff-reasons"
          />
          <RoutesTable
            form={form}
            onChange={(routes) => setForm((f) => ({ ...f, routes }))}
            problemIds={problemIdsFor(formId, problems, 'routes')}
          />
          <div className="handoff-actions">
            <button type="submit" className="primary">
              {t('options.handoff.save')}
            </button>
            <button type="button" onClick={sendTest} disabled={testing}>
              {t('options.handoff.sendTest')}
            </button>
            {testing ? <span className="muted">{t('options.handoff.sendingTest')}</span> : null}
            {changed ? <span className="muted">{t('options.handoff.unsaved')}</span> : null}
          </div>
          <ProblemList formId={formId} problems={problems} />
          <MessageLine from="save" message={message} />
          <MessageLine from="test" message={message} />
        </form>
      )}
      <HandoffOutbox setUp={Boolean(saved && (saved.webhookUrl.trim() || webhookUrlsOf(saved).length))} />
    </section>
  );
}
