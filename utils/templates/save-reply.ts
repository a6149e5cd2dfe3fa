/**
 * "Save reply as template": a reply written for one customer carries their name and handle. Found
 * here, so the panel can offer `{{customer.name}}` and `@{{customer.handle}}` in their place and the
 * saved template fits the next customer too.
 */

export interface PersonalPart {
  kind: 'name' | 'handle';
  /** As it appears in the reply (`김민지`, `@minji_kim`). */
  found: string;
  placeholder: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[A-Za-z0-9]/;

/** A regex source for `text` that does not match inside a longer Latin word (Hangul takes particles: 김민지님). */
function standalone(text: string): string {
  const before = LATIN.test(text[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = LATIN.test(text.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
  return `${before}${escape(text)}${after}`;
}

function patternOf(part: PersonalPart): RegExp {
  return new RegExp(standalone(part.found), part.kind === 'handle' ? 'giu' : 'gu');
}

/** The customer's display name and @handle where the reply has them (each once, name before handle). */
export function personalParts(text: string, customer: { handle: string; name?: string } | undefined): PersonalPart[] {
  if (!customer) return [];
  const parts: PersonalPart[] = [];
  const name = customer.name?.trim() ?? '';
  // A one-letter name would replace letters all over the reply.
  if ([...name].length >= 2) parts.push({ kind: 'name', found: name, placeholder: '{{customer.name}}' });
  const handle = customer.handle.replace(/^@/, '');
  if (handle) parts.push({ kind: 'handle', found: `@${handle}`, placeholder: '@{{customer.handle}}' });
  return parts
    .map((p) => {
      const match = patternOf(p).exec(text);
      return match ? { ...p, found: match[0] } : null;
    })
    .filter((p): p is PersonalPart => p !== null);
}

/** `text` with each chosen part replaced by its placeholder; one pass, longest first, so they never overlap. */
export function withPlaceholders(text: string, parts: readonly PersonalPart[]): string {
  if (parts.length === 0) return text;
  const sorted = [...parts].sort((a, b) => b.found.length - a.found.length);
  const regex = new RegExp(sorted.map((p) => `(${standalone(p.found)})`).join('|'), 'giu');
  return text.replace(regex, (...groups: string[]) => {
    const index = groups.slice(1, sorted.length + 1).findIndex((g) => g !== undefined);
    const part = sorted[index];
    // Names compare exactly (case included): only handles are case-insensitive on X.
    if (!part || (part.kind === 'name' && groups[0] !== part.found)) return groups[0]!;
    return part.placeholder;
  });
}
