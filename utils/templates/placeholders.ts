/**
 * The one placeholder scanner: `{{path}}`, `{{path | "fallback"}}`, `{{input:Label}}`, `{{cursor}}`.
 * Panel, options, welcome page, `;shortcut` (background) and CRM URL templates all read bodies
 * through it.
 *
 * Why a hand-written scanner and not a regex: the regex it replaces
 * (`\{\{\s*([^{}|]+?)\s*(?:\|\s*"(...)"\s*)?\}\}`) let `\s*`, a lazy path and `\s*` share the same
 * spaces, so `{{` followed by 3,000 spaces took 16 s, and a team pack is applied on every agent's
 * machine without review. This scanner reads each character a bounded number of times: linear in
 * the body's length, whatever the body.
 *
 * It accepts exactly what that regex accepted (tests/unit/templates/placeholders.test.ts compares
 * the two on random bodies): the path is the text up to the first `{`, `}` or `|`, trimmed, and at
 * least one character long before trimming (`{{ }}` is a placeholder with an empty path, `{{}}` is
 * text); a fallback is a double-quoted string where `\x` stands for `x` (not a line break), between
 * optional spaces; then `}}`. A candidate that does not close is text, and scanning goes on one
 * character later, as the regex did (`{{{a}}` is `{` then `{{a}}`).
 */
export interface Placeholder {
  /** Offset of the first `{` in the body. */
  start: number;
  /** Offset just after the closing `}}`. */
  end: number;
  /** Trimmed path, e.g. `customer.name`, `input:ETA`, `cursor` (may be empty: `{{ }}`). */
  path: string;
  /** The fallback's text with its escapes resolved, when the placeholder has one. */
  fallback?: string;
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const PIPE = 0x7c; // |
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/** JavaScript's `\s` (the characters String.prototype.trim removes), so paths trim as before. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Line terminators: a regex `.` does not match them, so `\` cannot escape one. */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Every placeholder of a body, in order, not overlapping. */
export function findPlaceholders(body: string): Placeholder[] {
  const found: Placeholder[] = [];
  const n = body.length;
  let i = body.indexOf('{{');
  while (i !== -1) {
    const p = placeholderAt(body, i, n);
    if (p) {
      found.push(p);
      i = body.indexOf('{{', p.end);
    } else {
      // Not a placeholder: the next candidate starts one character later. A failed attempt stops at
      // the first `{`, `}` or `|` after its path, or at the fallback's end, and the next candidate
      // is past its path, so no character is read more than a few times.
      i = body.indexOf('{{', i + 1);
    }
  }
  return found;
}

/** The placeholder that starts at `start` (where `{{` is), or null when the text there is not one. */
function placeholderAt(body: string, start: number, n: number): Placeholder | null {
  let i = start + 2;
  const pathStart = i;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c === OPEN || c === CLOSE || c === PIPE) break;
    i++;
  }
  if (i === pathStart || i >= n) return null; // empty path, or the body ends first
  const path = body.slice(pathStart, i).trim();
  const c = body.charCodeAt(i);
  if (c === CLOSE) return body.charCodeAt(i + 1) === CLOSE ? { start, end: i + 2, path } : null;
  if (c !== PIPE) return null; // `{` inside the path
  i++;
  while (i < n && isSpace(body.charCodeAt(i))) i++;
  if (body.charCodeAt(i) !== QUOTE) return null;
  i++;
  const quoted = i;
  // Find the closing quote first; the escapes are resolved only for a placeholder that closes.
  let escapes = false;
  for (;;) {
    if (i >= n) return null;
    const ch = body.charCodeAt(i);
    if (ch === QUOTE) break;
    if (ch === BACKSLASH) {
      if (i + 1 >= n || isLineBreak(body.charCodeAt(i + 1))) return null;
      escapes = true;
      i += 2;
    } else i++;
  }
  const inner = i;
  i++;
  while (i < n && isSpace(body.charCodeAt(i))) i++;
  if (body.charCodeAt(i) !== CLOSE || body.charCodeAt(i + 1) !== CLOSE) return null;
  return {
    start,
    end: i + 2,
    path,
    fallback: escapes ? unescape(body.slice(quoted, inner)) : body.slice(quoted, inner),
  };
}

/** `\x` → `x` (the scanner has checked that no backslash ends the text or escapes a line break). */
function unescape(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\\'); i !== -1; i = text.indexOf('\\', from)) {
    out += text.slice(from, i) + text[i + 1];
    from = i + 2;
  }
  return out + text.slice(from);
}

/** A body as text pieces and placeholders, in order (for showing placeholders apart from the text). */
export type BodyPart = { text: string } | { placeholder: Placeholder; raw: string };

export function splitBody(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const p of findPlaceholders(body)) {
    if (p.start > last) parts.push({ text: body.slice(last, p.start) });
    parts.push({ placeholder: p, raw: body.slice(p.start, p.end) });
    last = p.end;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

/** The body with every placeholder replaced by what `replace` returns for it. */
export function replacePlaceholders(body: string, replace: (p: Placeholder, raw: string) => string): string {
  let out = '';
  let last = 0;
  for (const p of findPlaceholders(body)) {
    out += body.slice(last, p.start) + replace(p, body.slice(p.start, p.end));
    last = p.end;
  }
  return out + body.slice(last);
}
