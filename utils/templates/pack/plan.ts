/**
 * Importing a pack in two steps: `planImport` works out, without touching the database, what the
 * library will look like (the options page shows added / changed / removed before the agent
 * commits), then `applyImport` swaps the pack's templates in one transaction.
 */
import { packsRepo as defaultPacksRepo, type PacksRepo } from '@/utils/db/packs-repo';
import { templatesRepo as defaultTemplatesRepo, type TemplatesRepo } from '@/utils/db/templates-repo';
import type { PackRecord, TemplateRecord } from '@/utils/db/types';
import { ownValue } from '@/utils/own-keys';
import { HEADER_FIELDS, splitExtra, TEMPLATE_FIELDS, type PackFile, type PackTemplate } from './format';
import { parsePack } from './parse';
import { sameValue } from './same-value';

export interface ImportPlan {
  /** The pack record as it will be stored. */
  pack: PackRecord;
  /** Every template of the pack as it will be stored, in file order. */
  templates: TemplateRecord[];
  added: TemplateRecord[];
  /** `fields`: the template fields that differ (unknown fields by their own name). */
  changed: Array<{ before: TemplateRecord; after: TemplateRecord; fields: string[] }>;
  removed: TemplateRecord[];
  unchanged: number;
}

export interface PlanOptions {
  /** Subscription URL (kept on the pack record so the background refreshes it). */
  url?: string;
  etag?: string;
  /** ISO time used for importedAt / createdAt / updatedAt; tests pin it. */
  now?: string;
}

/** Fields compared to decide "changed"; bookkeeping (usage, packVersion, dates) is not content. */
const CONTENT_FIELDS = ['title', 'body', 'shortcut', 'folder', 'tags', 'lang', 'variants', 'sensitive'] as const;

/** Stored id of a pack item: ids in a file are unique per pack only. */
export function storedTemplateId(packId: string, templateId: string): string {
  return `${packId}/${templateId}`;
}

/** `existing`: the templates the pack holds now (templatesRepo().listByPack(pack.pack.id)). */
export function planImport(file: PackFile, existing: TemplateRecord[], opts: PlanOptions = {}): ImportPlan {
  const now = opts.now ?? new Date().toISOString();
  const packId = file.pack.id;
  const byId = new Map(existing.map((t) => [t.id, t]));

  const packExtra = splitExtra(file.pack, HEADER_FIELDS);
  const pack: PackRecord = {
    id: packId,
    name: file.pack.name,
    updatedAt: file.pack.updatedAt,
    importedAt: now,
    ...(opts.url !== undefined && { url: opts.url, lastCheckedAt: now }),
    ...(opts.etag !== undefined && { etag: opts.etag }),
    ...(packExtra && { extra: packExtra }),
  };

  const plan: ImportPlan = { pack, templates: [], added: [], changed: [], removed: [], unchanged: 0 };
  const kept = new Set<string>();
  for (const item of file.templates) {
    const id = storedTemplateId(packId, item.id);
    kept.add(id);
    const before = byId.get(id);
    const content = templateContent(item);
    const fields = before ? changedFields(before, content) : [];
    const after: TemplateRecord = {
      ...content,
      id,
      packId,
      packItemId: item.id,
      packVersion: file.pack.updatedAt,
      locked: true,
      // replacePack keeps the stored usage too (it may have grown since this plan was made);
      // copying it here makes the preview show the record as it will be.
      usageCount: before?.usageCount ?? 0,
      ...(before?.lastUsedAt !== undefined && { lastUsedAt: before.lastUsedAt }),
      createdAt: before?.createdAt ?? now,
      updatedAt: before && fields.length === 0 ? before.updatedAt : now,
    };
    plan.templates.push(after);
    if (!before) plan.added.push(after);
    else if (fields.length > 0) plan.changed.push({ before, after, fields });
    else plan.unchanged++;
  }
  plan.removed = existing.filter((t) => !kept.has(t.id));
  return plan;
}

/** One transaction (packsRepo.replacePack): a failure anywhere leaves the library as it was. */
export async function applyImport(plan: ImportPlan, repo: PacksRepo = defaultPacksRepo()): Promise<void> {
  await repo.replacePack(plan.pack, plan.templates);
}

export type ImportTextResult = { ok: true; plan: ImportPlan } | { ok: false; error: string; path?: string };

export interface ImportTextOptions extends PlanOptions {
  templates?: TemplatesRepo;
  packs?: PacksRepo;
}

/**
 * A pack file chosen in the options page: parse, load what the pack holds now, plan. Nothing is
 * written; the caller shows the plan and calls applyImport.
 */
export async function importPackText(
  text: string,
  byteLength?: number,
  opts: ImportTextOptions = {},
): Promise<ImportTextResult> {
  const parsed = parsePack(text, byteLength, opts.now);
  if (!parsed.ok) return parsed;
  const { templates = defaultTemplatesRepo(), packs = defaultPacksRepo(), ...planOpts } = opts;
  const packId = parsed.pack.pack.id;
  const [existing, current] = await Promise.all([templates.listByPack(packId), packs.get(packId)]);
  // A file imported over a subscribed pack keeps the subscription but not its ETag: the next
  // refresh downloads the URL's version in full, so the subscription stays the source of truth.
  const url = planOpts.url ?? current?.url;
  return { ok: true, plan: planImport(parsed.pack, existing, { ...planOpts, ...(url !== undefined && { url }) }) };
}

type TemplateContent = Pick<
  TemplateRecord,
  'title' | 'body' | 'shortcut' | 'folder' | 'tags' | 'lang' | 'variants' | 'sensitive' | 'extra'
>;

/** The template's content as stored: absent fields stay absent (no `undefined` keys in IndexedDB). */
function templateContent(item: PackTemplate): TemplateContent {
  const extra = splitExtra(item, TEMPLATE_FIELDS);
  return {
    title: item.title,
    body: item.body,
    ...(item.shortcut !== undefined && { shortcut: item.shortcut }),
    ...(item.folder !== undefined && { folder: item.folder }),
    ...(item.tags !== undefined && { tags: item.tags }),
    ...(item.lang !== undefined && { lang: item.lang }),
    ...(item.variants !== undefined && { variants: item.variants }),
    ...(item.sensitive !== undefined && { sensitive: item.sensitive }),
    ...(extra && { extra }),
  };
}

function changedFields(before: TemplateRecord, after: TemplateContent): string[] {
  const fields: string[] = CONTENT_FIELDS.filter((f) => !sameValue(before[f], after[f]));
  const extraKeys = new Set([...Object.keys(before.extra ?? {}), ...Object.keys(after.extra ?? {})]);
  for (const key of extraKeys) {
    // Own values only: an unknown field may be called `constructor` or `__proto__`.
    if (!sameValue(ownValue(before.extra, key), ownValue(after.extra, key))) fields.push(key);
  }
  return fields;
}
