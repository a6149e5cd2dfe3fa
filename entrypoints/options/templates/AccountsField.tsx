/** The editor's "Accounts": the brand accounts a template is offered on (utils/templates/accounts.ts). */
import { useId } from 'react';
import { useLocale } from '@/components/useLocale';

export function AccountsField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useLocale();
  const hint = useId();
  return (
    <div className="accounts-field">
      <label>
        {t('options.editor.accounts')}
        <input
          type="text"
          value={value}
          placeholder="@acme_care"
          spellCheck={false}
          autoComplete="off"
          aria-describedby={hint}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {/* Outside the label: the hint describes the box, it is not part of its name. */}
      <span id={hint} className="muted small">
        {t('options.editor.accountsHint')}
      </span>
    </div>
  );
}
