/**
 * A small look-up over the saved customers (any part of handle or name, 초성, customer ID, a phone's
 * last digits; customersRepo.search), so the agent
 * who just imported a file can check a few rows arrived as written, Korean names included.
 */
import { useLiveRead } from '@/utils/db/live-read';
import { useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { customersRepo, isXKey } from '@/utils/db/customers-repo';

const repo = customersRepo();
const SHOWN = 20;

export function CustomerLookup() {
  const { t } = useLocale();
  const [query, setQuery] = useState('');
  const found = useLiveRead(() => repo.search(query, SHOWN), [query]);
  const searching = query.trim() !== '';
  return (
    <div className="cust-lookup">
      <label>
        {t('options.customers.search')}
        <input
          type="search"
          value={query}
          placeholder={t('options.customers.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {searching && found && found.length === 0 ? (
        <p className="muted">{t('options.customers.noMatch', { query: query.trim() })}</p>
      ) : null}
      {searching && found && found.length > 0 ? (
        <table aria-label={t('options.customers.table')}>
          <thead>
            <tr>
              <th scope="col">{t('options.customers.col.handle')}</th>
              <th scope="col">{t('options.customers.col.name')}</th>
              <th scope="col">{t('options.customers.col.customerId')}</th>
              <th scope="col">{t('options.customers.col.phone')}</th>
              <th scope="col">{t('options.customers.col.plan')}</th>
              <th scope="col">{t('options.customers.col.tags')}</th>
              <th scope="col">{t('options.customers.col.attributes')}</th>
            </tr>
          </thead>
          <tbody>
            {found.map((c) => (
              <tr key={c.handle}>
                <td>
                  {isXKey(c.handle) ? (
                    `@${c.displayHandle}`
                  ) : (
                    <span className="muted">{t('options.customers.noXAccount')}</span>
                  )}
                </td>
                <td>{c.name}</td>
                <td>{c.customerId}</td>
                <td>{c.phone}</td>
                <td>{c.plan}</td>
                <td>{c.tags.join('; ')}</td>
                <td>
                  {Object.entries(c.attributes)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
