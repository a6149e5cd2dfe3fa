/** "Customers" on the options page: the CSV import, how many customers Careline holds, and a look-up. */
import { useLiveQuery } from 'dexie-react-hooks';
import { customersRepo } from '@/utils/db/customers-repo';
import { CustomerImport } from '../customers/CustomerImport';
import { CustomerLookup } from '../customers/CustomerLookup';
import '../customers/customers.css';

const repo = customersRepo();

export function CustomersSection() {
  // Live: it follows an import chunk by chunk (the worker's commits reach this page's live queries).
  const count = useLiveQuery(() => repo.count(), []);
  return (
    <section aria-labelledby="customers-h" className="options-section cust-section">
      <h2 id="customers-h">Customers</h2>
      <p className="cust-count">
        Customers saved: <strong>{count === undefined ? '…' : count.toLocaleString('en-US')}</strong>
      </p>
      <CustomerImport />
      <CustomerLookup />
    </section>
  );
}
