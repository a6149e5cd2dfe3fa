/**
 * Template search, first version: case-insensitive substring over shortcut, title, tags, folder and
 * body, ranked shortcut prefix > title > other fields. (Korean initial-consonant search comes with
 * the canned-responses issue.)
 */
import type { TemplateRecord } from '@/utils/db/types';

export function searchTemplates(templates: readonly TemplateRecord[], query: string): TemplateRecord[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...templates];
  const ranked: Array<{ t: TemplateRecord; rank: number }> = [];
  for (const t of templates) {
    const rank = rankOf(t, q);
    if (rank > 0) ranked.push({ t, rank });
  }
  return ranked.sort((a, b) => b.rank - a.rank || a.t.title.localeCompare(b.t.title)).map((r) => r.t);
}

function rankOf(t: TemplateRecord, q: string): number {
  const shortcut = t.shortcut?.toLocaleLowerCase() ?? '';
  if (shortcut.startsWith(q)) return 4;
  if (t.title.toLocaleLowerCase().includes(q)) return 3;
  const other = [shortcut, t.folder ?? '', ...(t.tags ?? [])].join(' ').toLocaleLowerCase();
  if (other.includes(q)) return 2;
  return t.body.toLocaleLowerCase().includes(q) ? 1 : 0;
}
