/**
 * The template pack file (docs/template-packs.md): constants, zod schemas and the types the
 * rest of Careline uses. Objects are loose on purpose: a pack written by a newer Careline or by a
 * team's own tooling may carry fields we do not know, and those must survive import and re-export.
 */
import { z } from 'zod';
import { packProblems } from '@/utils/i18n/messages/problems-pack';
import { problemSayer } from '@/utils/i18n/problems';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS, MAX_VARIANT_CHARS } from '../limits';

const say = problemSayer(packProblems);

export const PACK_FORMAT = 'careline-templates';
export const PACK_VERSION = 1;
/** Refused above this, before parsing: a pack is text replies, 5 MB is tens of thousands of them. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/**
 * Agents type `;shortcut` in X's composer, so a shortcut is one "word": letters (any script, so
 * Korean teams can use `;감사`), digits, `_` and `-`. A space would end the word mid-shortcut.
 */
export const SHORTCUT_PATTERN = /^[\p{L}\p{N}_-]+$/u;
/** The rule above in words, in the context's language. */
export const shortcutRule = (): string => say('pack.field.shortcutRule');

/** Pack ids become the prefix of stored ids (`${packId}/${templateId}`): a `/` would let packs collide. */
export const PACK_ID_PATTERN = /^[^\s/]+$/;

// Messages are functions so they are worded when a file is checked, in the language of that moment
// (the schema is built once, at module load, before the context knows the agent's language).
const notBlank = z.string().refine((s) => s.trim() !== '', { error: () => say('pack.field.notEmpty') });

/**
 * A string of at most `max` characters (../limits.ts), refused with its length. Checked before
 * anything reads the text (a 4 KB hostile body froze the panel); backups use it too.
 */
export function cappedString(max: number) {
  return z.string().check((ctx) => {
    if (ctx.value.length > max) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: say('pack.field.tooLong', { length: String(ctx.value.length), max: String(max) }),
      });
    }
  });
}
const cappedNotBlank = (max: number) =>
  cappedString(max).refine((s) => s.trim() !== '', { error: () => say('pack.field.notEmpty') });

export const packTemplateSchema = z.looseObject({
  id: notBlank,
  title: cappedNotBlank(MAX_TITLE_CHARS),
  body: cappedNotBlank(MAX_BODY_CHARS),
  shortcut: z.string().regex(SHORTCUT_PATTERN, { error: shortcutRule }).optional(),
  folder: z.string().optional(),
  tags: z.array(z.string()).optional(),
  lang: z.string().optional(),
  variants: z.record(z.string(), cappedString(MAX_VARIANT_CHARS)).optional(),
  /** A published change to it waits for a lead's approval before the team gets it (team packs). */
  sensitive: z.boolean().optional(),
});

export const packHeaderSchema = z.looseObject({
  id: notBlank.refine((s) => PACK_ID_PATTERN.test(s), { error: () => say('pack.field.packId') }),
  name: notBlank,
  // Optional in the file (a hand-written pack may not have one); parsePack fills in "now".
  updatedAt: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: () => say('pack.field.date') })
    .optional(),
});

export const packFileSchema = z.looseObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  pack: packHeaderSchema,
  templates: z.array(packTemplateSchema),
});

export type PackTemplate = z.infer<typeof packTemplateSchema>;
/** After parsePack, `updatedAt` is always set. */
export type PackHeader = z.infer<typeof packHeaderSchema> & { updatedAt: string };
/** Spelled out: Omit<> over a loose object's index signature would erase the named fields. */
export interface PackFile {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  pack: PackHeader;
  templates: PackTemplate[];
  [key: string]: unknown;
}

/** Fields Careline understands; everything else on a template is kept in `TemplateRecord.extra`. */
export const TEMPLATE_FIELDS = [
  'id',
  'title',
  'body',
  'shortcut',
  'folder',
  'tags',
  'lang',
  'variants',
  'sensitive',
] as const;
/** Fields of the pack header Careline understands; the rest goes to `PackRecord.extra`. */
export const HEADER_FIELDS = ['id', 'name', 'updatedAt'] as const;

/** Splits an object into the fields Careline knows and the rest (undefined when there is no rest). */
export function splitExtra(
  value: Record<string, unknown>,
  known: readonly string[],
): Record<string, unknown> | undefined {
  const rest = Object.entries(value).filter(([key]) => !known.includes(key));
  // fromEntries defines own properties, so a "__proto__" key in a file stays plain data.
  return rest.length > 0 ? Object.fromEntries(rest) : undefined;
}
