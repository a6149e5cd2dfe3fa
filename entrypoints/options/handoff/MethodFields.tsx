/**
 * How a handoff reaches the call center: the "Delivery" choice and, below it, only the fields of
 * the chosen method (the others keep their values, so switching back loses nothing).
 */
import { useId, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { CRM_PLACEHOLDERS, unknownCrmPaths } from '@/utils/handoff/crm-url';
import { closestVariable, CRM_VARIABLES } from '@/utils/templates/variables';
import type { DeliveryMethod } from '@/utils/handoff/types';
import type { MessageKey } from '@/utils/i18n/pages';
import { TextField, type FieldContext } from './TextField';

const METHODS: ReadonlyArray<{ value: DeliveryMethod; label: MessageKey; description: MessageKey }> = [
  { value: 'webhook', label: 'options.handoff.method.webhook', description: 'options.handoff.method.webhookHelp' },
  { value: 'email', label: 'options.handoff.method.email', description: 'options.handoff.method.emailHelp' },
  { value: 'crm', label: 'options.handoff.method.crm', description: 'options.handoff.method.crmHelp' },
];

export function DeliveryChoice({
  value,
  onChange,
}: {
  value: DeliveryMethod;
  onChange: (method: DeliveryMethod) => void;
}) {
  const { t } = useLocale();
  const id = useId();
  return (
    // Native radios: arrow keys move between them, Tab leaves the group.
    <fieldset className="handoff-methods" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{t('options.handoff.delivery')}</legend>
      {METHODS.map((m) => (
        <div key={m.value} className="handoff-method">
          {/* The radio is named by its label alone ("Webhook"); what the method does describes it. */}
          <label className="check">
            <input
              type="radio"
              name={`${id}-method`}
              value={m.value}
              checked={value === m.value}
              onChange={() => onChange(m.value)}
              aria-describedby={`${id}-${m.value}`}
            />
            {t(m.label)}
          </label>
          <span id={`${id}-${m.value}`} className="muted small">
            {t(m.description)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

export function WebhookFields({ ctx }: { ctx: FieldContext }) {
  const { t } = useLocale();
  const [showSecret, setShowSecret] = useState(false);
  return (
    <div className="handoff-group">
      <TextField
        ctx={ctx}
        field="webhookUrl"
        label={t('options.handoff.webhookUrl')}
        type="url"
        inputMode="url"
        placeholder="https://callcenter.example.com/hooks/careline"
        hint={t('options.handoff.webhookUrlHint')}
        className="wide"
      />
      <TextField
        ctx={ctx}
        field="webhookSecret"
        label={t('options.handoff.webhookSecret')}
        type={showSecret ? 'text' : 'password'}
        // Not the agent's password: keep password managers from offering to save or fill it.
        autoComplete="new-password"
        hint={t('options.handoff.webhookSecretHint')}
        className="wide"
        after={
          <button type="button" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
            {t('options.handoff.showSecret')}
          </button>
        }
      />
      <div className="handoff-row">
        <TextField
          ctx={ctx}
          field="extraHeaderName"
          label={t('options.handoff.headerName')}
          placeholder="X-Api-Key"
          hint={t('options.handoff.headerNameHint')}
        />
        <TextField ctx={ctx} field="extraHeaderValue" label={t('options.handoff.headerValue')} />
        <TextField
          ctx={ctx}
          field="timeoutSeconds"
          label={t('options.handoff.timeout')}
          inputMode="decimal"
          hint={t('options.handoff.timeoutHint')}
          className="narrow"
        />
      </div>
    </div>
  );
}

export function EmailFields({ ctx }: { ctx: FieldContext }) {
  const { t } = useLocale();
  return (
    <div className="handoff-group">
      <TextField
        ctx={ctx}
        field="emailTo"
        label={t('options.handoff.emailTo')}
        inputMode="email"
        placeholder="callcenter@example.com"
        hint={t('options.handoff.emailToHint')}
        className="wide"
      />
    </div>
  );
}

export function CrmFields({ ctx }: { ctx: FieldContext }) {
  const { t } = useLocale();
  const id = useId();
  return (
    <div className="handoff-group">
      <TextField
        ctx={ctx}
        field="crmUrlTemplate"
        label={t('options.handoff.crmUrl')}
        type="url"
        inputMode="url"
        placeholder="https://crm.example.com/tickets/new?handle={{customer.handle}}&reason={{reason}}"
        hint={
          <>
            {t('options.handoff.crmUrlHintBefore')}
            <a href={`#${id}-placeholders`}>{t('options.handoff.crmUrlHintLink')}</a>
            {t('options.handoff.crmUrlHintAfter')}
          </>
        }
        className="wide"
      />
      {unknownCrmPaths(ctx.form.crmUrlTemplate).map((path) => {
        const suggestion = closestVariable(path, CRM_VARIABLES);
        return (
          <p key={path} className="handoff-warn">
            {suggestion
              ? t('options.preview.unknownSuggest', { name: `{{${path}}}`, suggestion: `{{${suggestion}}}` })
              : t('options.handoff.crmUnknown', { name: `{{${path}}}` })}
          </p>
        );
      })}
      <table
        id={`${id}-placeholders`}
        className="handoff-placeholders"
        aria-label={t('options.handoff.crmPlaceholders')}
      >
        <thead>
          <tr>
            <th scope="col">{t('options.handoff.placeholder')}</th>
            <th scope="col">{t('options.handoff.becomes')}</th>
          </tr>
        </thead>
        <tbody>
          {CRM_PLACEHOLDERS.map((p) => (
            <tr key={p.name}>
              <td>
                <code>{`{{${p.name}}}`}</code>
              </td>
              <td>{p.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
