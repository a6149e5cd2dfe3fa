/** "Customers" on the options page: the CSV import, how many customers Careline holds, and a look-up. */
import { useLocale } from '@/components/useLocale';
import { useThrottledRead } from '@/components/useThrottledRead';
import { customersRepo } from '@/utils/db/customers-repo';
import { CustomerImport } from '../customers/CustomerImport';
import { CustomerLookup } from '../customers/CustomerLookup';
import '../customers/customers.css';

const repo = customersRepo();

export function CustomersSection() {
  const { t, formatNumber } = useLocale();
  // Follows an import chunk by chunk (the worker's commits reach this page), at most once a second:
  // counting 100,000 customers on every note or handoff elsewhere would hold up their writes.
  const count = useThrottledRead(repo.count, ['customers']);
  return (
    <section aria-labelledby="customers-h" className="options-section cust-section">
      <h2 id="customers-h">{t('options.customers.heading')}</h2>
      <p className="cust-count">
        {t('options.customers.savedCount')} <strong>{count === undefined ? '…' : formatNumber(count)}</strong>
      </p>
      <CustomerImport />
      <CustomerLookup />
    </section>
  );
}
