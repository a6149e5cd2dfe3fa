/**
 * Template search that forgives the keyboard layout: `rkatk` (감사 typed with the Hangul input mode
 * off) and `소무ㅏㄴ` (thanks typed with it on) find what the agent meant. The query as typed ranks
 * first; its other-layout reading (utils/text/keyboard-layout.ts) adds what it finds after that.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { layoutReadings } from '@/utils/text/keyboard-layout';
import { searchTemplates } from './search';

export function searchAnyLayout(templates: readonly TemplateRecord[], query: string, limit = 50): TemplateRecord[] {
  const [typed, other] = layoutReadings(query);
  const found = searchTemplates(templates, typed ?? query, limit);
  if (!other || found.length >= limit) return found;
  const seen = new Set(found.map((t) => t.id));
  return [...found, ...searchTemplates(templates, other, limit).filter((t) => !seen.has(t.id))].slice(0, limit);
}

/**
 * `next` in the order `previous` had (ids), the ones `previous` did not have after them in their own
 * order: a list that must not move under the agent's pointer when usage counts change.
 */
export function keepOrder<T extends { id: string }>(previous: readonly string[], next: readonly T[]): T[] {
  const at = new Map(previous.map((id, i) => [id, i]));
  const known = next.filter((t) => at.has(t.id)).sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  return [...known, ...next.filter((t) => !at.has(t.id))];
}
