/**
 * 4 -> 5: every customer gets its search keys and reversed phone digits (customer-keys.ts), so the
 * new indexes find the customers imported before. The tags already on a record are kept as they are
 * and none is counted as the CRM's: a re-import after the upgrade cannot remove a tag an agent added.
 */
import type { Transaction } from 'dexie';
import { phoneTail, searchKeysOf } from '../customer-keys';
import type { CustomerRecord } from '../types';

export async function migrateTo5(tx: Transaction): Promise<void> {
  await tx
    .table('customers')
    .toCollection()
    .modify((customer: CustomerRecord) => {
      customer.searchKeys = searchKeysOf(customer);
      const tail = phoneTail(customer.phone);
      if (tail) customer.phoneTail = tail;
    });
}
