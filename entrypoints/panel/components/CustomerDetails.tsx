import { useState, type FormEvent } from 'react';
import { changeTag, type SeenAs } from '@/utils/customers/card';
import type { CustomerRecord } from '@/utils/db/types';
import { useLocale } from '@/components/useLocale';

/** CRM fields, tags (add / remove) and custom attributes of a known customer. */
export function CustomerDetails({ customer, seen }: { customer: CustomerRecord; seen: SeenAs }) {
  const { t } = useLocale();
  const [tag, setTag] = useState('');
  const fields: Array<[string, string | undefined]> = [
    [t('panel.details.customerId'), customer.customerId],
    [t('panel.details.plan'), customer.plan],
    [t('panel.details.phone'), customer.phone],
    [t('panel.details.email'), customer.email],
    ...Object.entries(customer.attributes).sort(([a], [b]) => a.localeCompare(b)),
  ];
  const shown = fields.filter(([, v]) => v);

  function addTag(event: FormEvent): void {
    event.preventDefault();
    void changeTag(seen, tag, true).then(() => setTag(''));
  }

  return (
    <div className="customer-details">
      {shown.length > 0 ? (
        <dl className="fields">
          {shown.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {customer.note ? <p className="crm-note">{customer.note}</p> : null}
      <ul className="tags" aria-label={t('panel.details.tags')}>
        {customer.tags.map((name) => (
          <li key={name} className="pill">
            {name}
            <button
              type="button"
              className="icon small"
              aria-label={t('panel.details.removeTag', { tag: name })}
              onClick={() => void changeTag(seen, name, false)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={addTag}>
        <input
          type="text"
          aria-label={t('panel.details.newTag')}
          placeholder={t('panel.details.tagPlaceholder')}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
        />
        <button type="submit" disabled={!tag.trim()}>
          {t('panel.details.addTag')}
        </button>
      </form>
    </div>
  );
}
