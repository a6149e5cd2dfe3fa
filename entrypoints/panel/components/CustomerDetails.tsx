import { useState, type FormEvent } from 'react';
import { changeTag, type SeenAs } from '@/utils/customers/card';
import type { CustomerRecord } from '@/utils/db/types';

/** CRM fields, tags (add / remove) and custom attributes of a known customer. */
export function CustomerDetails({ customer, seen }: { customer: CustomerRecord; seen: SeenAs }) {
  const [tag, setTag] = useState('');
  const fields: Array<[string, string | undefined]> = [
    ['Customer ID', customer.customerId],
    ['Plan', customer.plan],
    ['Phone', customer.phone],
    ['Email', customer.email],
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
      <ul className="tags" aria-label="Tags">
        {customer.tags.map((t) => (
          <li key={t} className="pill">
            {t}
            <button type="button" className="icon small" aria-label={`Remove tag ${t}`} onClick={() => void changeTag(seen, t, false)}>×</button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={addTag}>
        <input type="text" aria-label="New tag" placeholder="Add a tag" value={tag} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" disabled={!tag.trim()}>Add tag</button>
      </form>
    </div>
  );
}
