/**
 * A small look-up over the saved customers (handle, name, customer id or phone prefix), so the agent
 * who just imported a file can check a few rows arrived as written, Korean names included.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { customersRepo } from '@/utils/db/customers-repo';

const repo = customersRepo();
const SHOWN = 20;

export function CustomerLookup() {
  const [query, setQuery] = useState('');
  const found = useLiveQuery(() => repo.search(query, SHOWN), [query]);
  const searching = query.trim() !== '';
  return (
    <div className="cust-lookup">
      <label>
        Search customers
        <input type="search" value={query} placeholder="@handle, 이름, 고객번호, 010…" onChange={(e) => setQuery(e.target.value)} />
      </label>
      {searching && found && found.length === 0 ? <p className="muted">No customer matches “{query.trim()}”.</p> : null}
      {searching && found && found.length > 0 ? (
        <table aria-label="Customers">
          <thead>
            <tr>
              <th scope="col">Handle</th>
              <th scope="col">Name</th>
              <th scope="col">Customer ID</th>
              <th scope="col">Phone</th>
              <th scope="col">Plan</th>
              <th scope="col">Tags</th>
              <th scope="col">Attributes</th>
            </tr>
          </thead>
          <tbody>
            {found.map((c) => (
              <tr key={c.handle}>
                <td>@{c.displayHandle}</td>
                <td>{c.name}</td>
                <td>{c.customerId}</td>
                <td>{c.phone}</td>
                <td>{c.plan}</td>
                <td>{c.tags.join('; ')}</td>
                <td>{Object.entries(c.attributes).map(([k, v]) => `${k}: ${v}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
