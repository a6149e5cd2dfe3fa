/**
 * Linking the X account in view to the customer's CRM record. A telco's CRM export has no X handles:
 * once the customer has verified in DM, the agent finds the record (last digits of the phone,
 * customer ID, name) and links it; the record then carries the handle and X's user id. A linked
 * account can be unlinked again. Everything here stays in the panel (an extension page).
 */
import { useEffect, useId, useState } from 'react';
import { linkCustomer, unlinkCustomer, type SeenAs } from '@/utils/customers/card';
import { LinkError } from '@/utils/db/customer-links';
import { customersRepo, isXKey } from '@/utils/db/customers-repo';
import type { CustomerRecord } from '@/utils/db/types';
import { useLocale } from '@/components/useLocale';
import type { Translate } from '@/utils/i18n/pages';
import { errorText } from '@/utils/error-text';

const repo = customersRepo();
const SHOWN = 6;

/** "박지훈 (T-5001)": how the agent recognises a CRM record. */
export function recordName(c: Pick<CustomerRecord, 'name' | 'customerId' | 'displayHandle'>): string {
  if (c.name && c.customerId) return `${c.name} (${c.customerId})`;
  return c.name ?? c.customerId ?? `@${c.displayHandle}`;
}

export type LinkMessage = { kind: 'status' | 'alert'; text: string };

export function linkErrorText(t: Translate, error: unknown): string {
  if (error instanceof LinkError) {
    if (error.reason === 'linked-elsewhere') return t('panel.link.elsewhere', { handle: error.other ?? '' });
    if (error.reason === 'not-linked') return t('panel.link.notLinked');
    return t('panel.link.gone');
  }
  return errorText(error);
}

/** The search and "Link to this customer", for an X account that no CRM record is linked to. */
export function LinkToRecord({ seen, onDone }: { seen: SeenAs; onDone: (message: LinkMessage) => void }) {
  const { t } = useLocale();
  const helpId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; found: CustomerRecord[] }>({ query: '', found: [] });
  const [busy, setBusy] = useState(false);
  const q = query.trim();
  useEffect(() => {
    let live = true;
    // Only CRM records: the X account's own record (a stub from a tag or note) is not a match.
    if (q)
      void repo
        .search(q, SHOWN + 1)
        .then((found) => live && setResults({ query: q, found: found.filter((c) => c.customerId).slice(0, SHOWN) }));
    return () => {
      live = false;
    };
  }, [q]);
  const found = q && results.query === q ? results.found : [];

  async function link(record: CustomerRecord): Promise<void> {
    setBusy(true);
    try {
      await linkCustomer(record.handle, seen);
      setQuery('');
      onDone({ kind: 'status', text: t('panel.link.done', { handle: seen.handle, who: recordName(record) }) });
    } catch (error) {
      onDone({ kind: 'alert', text: linkErrorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="link-record">
      <h3>{t('panel.link.heading')}</h3>
      <p id={helpId} className="muted small">
        {t('panel.link.help')}
      </p>
      <input
        type="search"
        aria-label={t('panel.link.search')}
        aria-describedby={helpId}
        placeholder={t('panel.link.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found.length > 0 ? (
        <ul aria-label={t('panel.link.results')} className="found link-results">
          {found.map((c) => (
            <li key={c.handle}>
              <span className="record">
                <strong>{c.name ?? c.customerId}</strong>
                <span className="muted small">{[c.customerId, c.phone, c.plan].filter(Boolean).join(' · ')}</span>
              </span>
              {isXKey(c.handle) ? (
                <span className="muted small">
                  {t('panel.link.linkedElsewhere', { handle: c.displayHandle || c.handle })}
                </span>
              ) : (
                <button type="button" disabled={busy} onClick={() => void link(c)}>
                  {t('panel.link.link')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : q && results.query === q ? (
        <p className="muted small">{t('panel.link.none')}</p>
      ) : null}
    </div>
  );
}

/** "Unlink from CRM record", for an X account linked to one (a wrong match can be undone). */
export function UnlinkRecord({
  seen,
  customer,
  onDone,
}: {
  seen: SeenAs;
  customer: CustomerRecord;
  onDone: (message: LinkMessage) => void;
}) {
  const { t } = useLocale();
  async function unlink(): Promise<void> {
    try {
      await unlinkCustomer(seen);
      onDone({
        kind: 'status',
        text: t('panel.link.unlinked', { handle: seen.handle, id: customer.customerId ?? '' }),
      });
    } catch (error) {
      onDone({ kind: 'alert', text: linkErrorText(t, error) });
    }
  }
  return (
    <button type="button" className="link small" onClick={() => void unlink()}>
      {t('panel.link.unlink')}
    </button>
  );
}
