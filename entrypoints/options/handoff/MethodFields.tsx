/**
 * How a handoff reaches the call center: the "Delivery" choice and, below it, only the fields of
 * the chosen method (the others keep their values, so switching back loses nothing).
 */
import { useId, useState } from 'react';
import { CRM_PLACEHOLDERS } from '@/utils/handoff/crm-url';
import type { DeliveryMethod } from '@/utils/handoff/types';
import { TextField, type FieldContext } from './TextField';

const METHODS: ReadonlyArray<{ value: DeliveryMethod; label: string; description: string }> = [
  { value: 'webhook', label: 'Webhook', description: 'Careline posts the case to the call center’s system and retries until it arrives.' },
  { value: 'email', label: 'E-mail', description: 'Careline opens an e-mail draft with the case; the agent sends it.' },
  { value: 'crm', label: 'CRM form', description: 'Careline opens the call center’s new-ticket form in a tab, filled in with the case.' },
];

export function DeliveryChoice({ value, onChange }: { value: DeliveryMethod; onChange: (method: DeliveryMethod) => void }) {
  const id = useId();
  return (
    // Native radios: arrow keys move between them, Tab leaves the group.
    <fieldset className="handoff-methods" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>Delivery</legend>
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
            {m.label}
          </label>
          <span id={`${id}-${m.value}`} className="muted small">
            {m.description}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

export function WebhookFields({ ctx }: { ctx: FieldContext }) {
  const [showSecret, setShowSecret] = useState(false);
  return (
    <div className="handoff-group">
      <TextField
        ctx={ctx}
        field="webhookUrl"
        label="Webhook URL"
        type="url"
        inputMode="url"
        placeholder="https://callcenter.example.com/hooks/careline"
        hint="https:// (plain http:// only for localhost and 127.0.0.1). Redirects are not followed: enter the final address."
        className="wide"
      />
      <TextField
        ctx={ctx}
        field="webhookSecret"
        label="Webhook secret"
        type={showSecret ? 'text' : 'password'}
        // Not the agent's password: keep password managers from offering to save or fill it.
        autoComplete="new-password"
        hint="Optional. Each request then carries X-Careline-Signature: sha256=<HMAC-SHA256 of the body with this secret>."
        className="wide"
        after={
          <button type="button" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
            Show secret
          </button>
        }
      />
      <div className="handoff-row">
        <TextField ctx={ctx} field="extraHeaderName" label="Header name" placeholder="X-Api-Key" hint="Optional extra header, e.g. an API key." />
        <TextField ctx={ctx} field="extraHeaderValue" label="Header value" />
        <TextField
          ctx={ctx}
          field="timeoutSeconds"
          label="Timeout (seconds)"
          inputMode="decimal"
          hint="1 to 60. Without an answer by then, Careline tries again later."
          className="narrow"
        />
      </div>
    </div>
  );
}

export function EmailFields({ ctx }: { ctx: FieldContext }) {
  return (
    <div className="handoff-group">
      <TextField
        ctx={ctx}
        field="emailTo"
        label="E-mail to"
        inputMode="email"
        placeholder="callcenter@example.com"
        hint="The call center's address; separate several with commas. The draft opens in the agent's mail app."
        className="wide"
      />
    </div>
  );
}

export function CrmFields({ ctx }: { ctx: FieldContext }) {
  const id = useId();
  return (
    <div className="handoff-group">
      <TextField
        ctx={ctx}
        field="crmUrlTemplate"
        label="CRM URL template"
        type="url"
        inputMode="url"
        placeholder="https://crm.example.com/tickets/new?handle={{customer.handle}}&reason={{reason}}"
        hint={
          <>
            The address of the call center&apos;s new-ticket form. Placeholders in double braces are filled in from the case and
            encoded for a URL; unknown ones stay empty. See <a href={`#${id}-placeholders`}>the placeholder list</a>.
          </>
        }
        className="wide"
      />
      <table id={`${id}-placeholders`} className="handoff-placeholders" aria-label="CRM placeholders">
        <thead>
          <tr>
            <th scope="col">Placeholder</th>
            <th scope="col">Becomes</th>
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
