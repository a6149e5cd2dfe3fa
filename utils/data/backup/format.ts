/**
 * The backup file's format: what a Careline backup holds, checked field by field before a restore
 * writes anything. Loose objects: fields a later Careline adds are kept, not silently dropped.
 */
import { z } from 'zod';
import { handleKey } from '@/utils/db/customer-keys';
import type { CustomerEventKind } from '@/utils/db/types';
import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemSayer } from '@/utils/i18n/problems';
import { isRetentionDays } from '@/utils/settings/privacy';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS, MAX_VARIANT_CHARS } from '@/utils/templates/limits';
import { cappedString } from '@/utils/templates/pack/format';

export const BACKUP_FORMAT = 'careline-backup';
export const BACKUP_VERSION = 1;

const say = problemSayer(customersProblems);
type Key = keyof typeof customersProblems.en;

/** A refinement's message, said when the file is checked (not when this module loads). */
const saying = (key: Key) => ({ error: () => say(key) });

const str = z.string();
const opt = z.string().optional();
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), saying('customers.backup.isoDate'));
const KINDS = [
  'reply-sent',
  'reply-draft',
  'note',
  'tag-added',
  'tag-removed',
  'handoff',
  'handoff-sent',
  'handoff-failed',
  'import',
  'linked',
  'unlinked',
  'renamed',
  'ticket-status',
] as const satisfies readonly CustomerEventKind[];

const customerSchema = z.looseObject({
  handle: str.min(1).refine((h) => h === handleKey(h), saying('customers.backup.lowerHandle')),
  displayHandle: str,
  userId: opt,
  name: opt,
  customerId: opt,
  phone: opt,
  phoneDigits: opt,
  email: opt,
  plan: opt,
  note: opt,
  tags: z.array(str),
  attributes: z.record(str, str),
  createdAt: str,
  updatedAt: str,
});
const eventSchema = z.looseObject({
  id: z.number().int().positive().optional(),
  customerHandle: str.min(1),
  kind: z.enum(KINDS),
  at: iso,
  agent: opt,
  tweetUrl: opt,
  statusId: opt,
  templateId: opt,
  text: opt,
});
const templateSchema = z.looseObject({
  // Capped like a pack's (utils/templates/limits.ts): a backup is a file from anywhere, too.
  id: str.min(1),
  title: cappedString(MAX_TITLE_CHARS),
  body: cappedString(MAX_BODY_CHARS),
  shortcut: opt,
  folder: opt,
  tags: z.array(str).optional(),
  lang: opt,
  variants: z.record(str, cappedString(MAX_VARIANT_CHARS)).optional(),
  packId: opt,
  packItemId: opt,
  packVersion: opt,
  locked: z.boolean(),
  usageCount: z.number().int().nonnegative(),
  lastUsedAt: opt,
  createdAt: str,
  updatedAt: str,
  extra: z.record(str, z.unknown()).optional(),
});
/** A subscription update waiting for review (utils/templates/pack/review.ts): the pack list shows it. */
const pendingReviewSchema = z.object({
  version: str,
  foundAt: str,
  gains: z.array(z.object({ id: str, title: cappedString(MAX_TITLE_CHARS), paths: z.array(str) })),
});
const packSchema = z.looseObject({
  id: str.min(1),
  name: str,
  updatedAt: str,
  importedAt: str,
  url: opt,
  etag: opt,
  lastCheckedAt: opt,
  lastError: opt,
  extra: z.record(str, z.unknown()).optional(),
  pendingReview: pendingReviewSchema.optional(),
});
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: iso,
  dbVersion: z.number().int().positive(),
  customers: z.array(customerSchema),
  events: z.array(eventSchema),
  templates: z.array(templateSchema),
  packs: z.array(packSchema),
  settings: z
    .object({ retentionDays: z.number().nullable().refine(isRetentionDays, saying('customers.backup.retentionDays')) })
    .optional(),
});

export type BackupFile = z.infer<typeof backupSchema>;
