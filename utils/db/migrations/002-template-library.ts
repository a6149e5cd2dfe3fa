/**
 * 1 -> 2: templates gain `locked` and usage statistics; every v1 template was the agent's own
 * (samples or personal), so none is locked and none has a pack.
 */
import type { Transaction } from 'dexie';

export async function migrateTo2(tx: Transaction): Promise<void> {
  await tx
    .table('templates')
    .toCollection()
    .modify((t: Record<string, unknown>) => {
      t.locked = false;
      t.usageCount = typeof t.usageCount === 'number' ? t.usageCount : 0;
      if (!Array.isArray(t.tags)) t.tags = [];
    });
}
