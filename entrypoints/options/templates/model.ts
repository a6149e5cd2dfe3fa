/**
 * Pure helpers behind the options page's template library: folder counts, filtering, usage
 * statistics and the sample preview. Kept apart from the components so they stay small.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { inputLabels, placeholderPaths, renderTemplate, type RenderValues } from '@/utils/templates/render';
import { closestVariable, REPLY_VARIABLES, unknownReplyPaths } from '@/utils/templates/variables';
import type { TemplateIndex } from '@/utils/templates/search';

/** Which slice of the library the folder list shows. */
export type FolderFilter = { kind: 'all' } | { kind: 'none' } | { kind: 'folder'; name: string };

export interface FolderCount {
  name: string;
  count: number;
}

/** Folders in alphabetical order (Korean sorts by its own collation), with how many templates each holds. */
export function folderCounts(templates: readonly TemplateRecord[]): { folders: FolderCount[]; unfiled: number } {
  const counts = new Map<string, number>();
  let unfiled = 0;
  for (const t of templates) {
    const folder = t.folder?.trim();
    if (folder) counts.set(folder, (counts.get(folder) ?? 0) + 1);
    else unfiled += 1;
  }
  const folders = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
  return { folders, unfiled };
}

/**
 * Without a query: the library in its own (title) order. With one: the panel's search and ranking
 * (`index` is built over `templates` once per library change), so an agent finds a template here the
 * way they find it on x.com, choseong and all. Every match, not the panel's top 50.
 */
export function filterTemplates(
  templates: readonly TemplateRecord[],
  index: TemplateIndex | null,
  folder: FolderFilter,
  query: string,
): TemplateRecord[] {
  const found = query.trim() && index ? index.search(query, templates.length) : templates;
  return found.filter((t) => {
    if (folder.kind === 'all') return true;
    const name = t.folder?.trim();
    return folder.kind === 'none' ? !name : name === folder.name;
  });
}

export function mostUsed(templates: readonly TemplateRecord[], limit = 5): TemplateRecord[] {
  return templates
    .filter((t) => t.usageCount > 0)
    .sort((a, b) => b.usageCount - a.usageCount || (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? ''))
    .slice(0, limit);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Never used, or not in the last `days` days: candidates for clean-up. */
export function notUsedSince(templates: readonly TemplateRecord[], now: number, days = 30): TemplateRecord[] {
  const cutoff = now - days * DAY_MS;
  return templates
    .filter((t) => !t.lastUsedAt || Date.parse(t.lastUsedAt) < cutoff)
    .sort((a, b) => (a.lastUsedAt ?? '').localeCompare(b.lastUsedAt ?? '') || a.title.localeCompare(b.title));
}

/**
 * The customer every preview is filled with (the imitation's first customer): the registry's samples,
 * and the agent's own name and sign-off. Without a sign-off the preview shows the gap the panel would flag.
 */
export function sampleValues(agentName: string, agentSignoff = ''): RenderValues {
  const given = Object.fromEntries(
    REPLY_VARIABLES.flatMap((v) => (v.sample === undefined ? [] : [[v.path, v.sample]])),
  );
  if (agentName) given['agent.name'] = agentName;
  return { given, agent: { signoff: agentSignoff || undefined } };
}

export interface Preview {
  text: string;
  missing: string[];
  inputs: string[];
  /** Missing paths no variable answers to (a typo), each with the variable it was likely meant to be. */
  unknown: Array<{ path: string; suggestion?: string }>;
}

/**
 * What the reply would look like for the sample customer. Fill-in fields show as [Label] (the agent
 * types them at insert time), so the length counts a realistic reply rather than the raw {{...}}.
 */
export function previewOf(body: string, values: RenderValues): Preview {
  const labels = inputLabels(body);
  const inputs = Object.fromEntries(labels.map((l) => [l, `[${l}]`]));
  const result = renderTemplate(body, values, inputs);
  const unknown = unknownReplyPaths(placeholderPaths(body)).map((path) => ({
    path,
    suggestion: closestVariable(path),
  }));
  return { text: result.text, missing: result.missing, inputs: labels, unknown };
}

/** "apology, 배송" → ["apology", "배송"]; commas of either script (, and ，) separate. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** Agents type shortcuts as they use them (";delay"); stored without the ";" and spaces. */
export function normalizeShortcut(text: string): string {
  return text.trim().replace(/^;+/, '').replace(/\s+/g, '');
}
