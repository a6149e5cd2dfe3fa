import { useEffect, useState } from 'react';
import { customersRepo, isXKey } from '@/utils/db/customers-repo';
import type { CustomerRecord } from '@/utils/db/types';
import { useLocale } from '@/components/useLocale';

const repo = customersRepo();

/**
 * Find a customer without leaving the tweet: any part of the handle or name, 초성, customer ID, the
 * last digits of the phone, also typed in the wrong keyboard layout (customersRepo.search).
 */
export function CustomerSearch({ onPick }: { onPick: (handle: string) => void }) {
  const { t } = useLocale();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; found: CustomerRecord[] }>({ query: '', found: [] });
  const q = query.trim();
  useEffect(() => {
    let live = true;
    if (q) void repo.search(q, 8).then((found) => live && setResults({ query: q, found }));
    return () => {
      live = false;
    };
  }, [q]);
  // Results of an older query (or of a cleared box) are not shown.
  const found = q && results.query === q ? results.found : [];
  return (
    <div className="customer-search">
      <input
        type="search"
        aria-label={t('panel.search.label')}
        placeholder={t('panel.search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found.length > 0 ? (
        <ul aria-label={t('panel.search.found')} className="found">
          {found.map((c) => (
            <li key={c.handle}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onPick(c.handle);
                  setQuery('');
                }}
              >
                {c.name ? `${c.name} ` : ''}
                {isXKey(c.handle) ? `@${c.displayHandle}` : t('panel.link.crmRecord')}
                {c.customerId ? ` · ${c.customerId}` : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : q && results.query === q ? (
        <p className="muted small">{t('panel.search.none')}</p>
      ) : null}
    </div>
  );
}
