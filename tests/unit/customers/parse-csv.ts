/**
 * A whole small CSV through the import's two passes, as the import session runs them (analyzeCsv,
 * then validRows over the same text), with every problem listed rather than the first few.
 */
import type { ColumnChoice } from '@/utils/customers/csv/columns';
import { analyzeCsv, validRows } from '@/utils/customers/csv/parse';

export function parseCsv(text: string, choices?: readonly ColumnChoice[]) {
  const analysis = analyzeCsv(text, { maxListed: Infinity, choices });
  return { ...analysis, rows: [...validRows(text, analysis)] };
}
