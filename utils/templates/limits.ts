/**
 * How long a template's parts may be, in one place (documented in docs/template-packs.md). Enforced
 * where a template can come in: the options editor, pack files (import and subscription), backup
 * restore and "Save reply as template". A reply on X is 280 weighted characters and a DM 10,000, so
 * no real reply is near these; a body that is, is a mistake or an attack on every agent's panel.
 * Lengths are JavaScript string lengths (UTF-16 code units: an emoji counts 2, a Hangul syllable 1).
 */
export const MAX_TITLE_CHARS = 300;
export const MAX_BODY_CHARS = 10_000;
/** Each language variant is a body in another language. */
export const MAX_VARIANT_CHARS = MAX_BODY_CHARS;

export interface TooLong {
  field: 'title' | 'body' | 'variant';
  /** The variant's language code. */
  lang?: string;
  length: number;
  max: number;
}

/** The first part of a template over its cap, or null when all fit. */
export function templateTooLong(t: { title: string; body: string; variants?: Record<string, string> }): TooLong | null {
  if (t.title.length > MAX_TITLE_CHARS) return { field: 'title', length: t.title.length, max: MAX_TITLE_CHARS };
  if (t.body.length > MAX_BODY_CHARS) return { field: 'body', length: t.body.length, max: MAX_BODY_CHARS };
  for (const [lang, body] of Object.entries(t.variants ?? {})) {
    if (body.length > MAX_VARIANT_CHARS) return { field: 'variant', lang, length: body.length, max: MAX_VARIANT_CHARS };
  }
  return null;
}
