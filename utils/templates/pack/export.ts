/**
 * Writing a pack file (a folder or the whole library) in the contract format. Unknown fields that
 * came in with an import go back out, so a pack passed through Careline loses nothing; Careline's
 * own bookkeeping (usage, locked, dates, pack membership) stays home.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { HEADER_FIELDS, PACK_FORMAT, PACK_VERSION, TEMPLATE_FIELDS, type PackFile, type PackTemplate } from './format';

export interface ExportMeta {
  id: string;
  name: string;
  /** Defaults to now. */
  updatedAt?: string;
  /** Unknown pack header fields (PackRecord.extra), so a PackRecord can be passed as it is. */
  extra?: Record<string, unknown>;
}

export function exportPack(templates: TemplateRecord[], meta: ExportMeta): PackFile {
  const used = new Set<string>();
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    pack: {
      ...withoutKnown(meta.extra, HEADER_FIELDS),
      id: meta.id,
      name: meta.name,
      updatedAt: meta.updatedAt ?? new Date().toISOString(),
    },
    templates: templates.map((t) => toPackTemplate(t, uniqueId(t.packItemId ?? t.id, used))),
  };
}

/** Pretty JSON, one trailing newline. JSON.stringify escapes lone surrogates, so the text always encodes to valid UTF-8. */
export function packToJson(pack: PackFile): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

function toPackTemplate(t: TemplateRecord, id: string): PackTemplate {
  // Contract order (id, title, shortcut, folder, tags, lang, body, variants, then sensitive) keeps files diff-friendly.
  return {
    id,
    title: t.title,
    // An empty shortcut means "none" in the editor; in a file it would be refused.
    ...(t.shortcut && { shortcut: t.shortcut }),
    ...(t.folder !== undefined && { folder: t.folder }),
    ...(t.tags !== undefined && { tags: t.tags }),
    ...(t.lang !== undefined && { lang: t.lang }),
    body: t.body,
    ...(t.variants !== undefined && { variants: t.variants }),
    ...(t.sensitive !== undefined && { sensitive: t.sensitive }),
    ...withoutKnown(t.extra, TEMPLATE_FIELDS),
  };
}

/** `extra` never overrides a field Careline owns, even if a record was written by hand. */
function withoutKnown(extra: Record<string, unknown> | undefined, known: readonly string[]): Record<string, unknown> {
  if (!extra) return {};
  return Object.fromEntries(Object.entries(extra).filter(([key]) => !known.includes(key)));
}

/**
 * Items from two packs may share an id inside their packs ("delay" in both); a file with duplicate
 * ids would be refused on import, so later ones get a suffix.
 */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
