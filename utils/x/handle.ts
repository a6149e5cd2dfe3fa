/** X's handle rule in one place: 1 to 15 letters, digits or underscores. */
const HANDLE = '[A-Za-z0-9_]{1,15}';
/** A handle ends where a character that could continue it does not follow. */
const HANDLE_END = '(?![A-Za-z0-9_])';

export const HANDLE_RE = new RegExp(`^${HANDLE}$`);

/** "@Acme_Care " → "Acme_Care"; null when it is not an X handle. */
export function parseHandle(input: string): string | null {
  const handle = input.trim().replace(/^@/, '');
  return HANDLE_RE.test(handle) ? handle : null;
}

/** The handle of a text that is nothing but "@handle" (spaces around allowed), or null. */
export function atHandle(text: string): string | null {
  return text.trim().startsWith('@') ? parseHandle(text) : null;
}

/**
 * The handles a text names as "@handle", in order. `wordStart`: only an @ at the start or after a
 * character that cannot be part of a handle, so "care@example.com" names nobody.
 */
export function mentionsIn(text: string, opts: { wordStart?: boolean } = {}): string[] {
  const before = opts.wordStart ? '(?:^|[^A-Za-z0-9_])' : '';
  const re = new RegExp(`${before}@(${HANDLE})${HANDLE_END}`, 'g');
  return Array.from(text.matchAll(re), (m) => m[1] ?? '').filter((h) => h !== '');
}

/** A regex source for "@handle" inside a longer pattern (X's words around a handle). */
export const AT_HANDLE_SOURCE = `@${HANDLE}`;
