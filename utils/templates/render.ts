/**
 * Rendering a template body into the plain text that goes into X's composer.
 * Syntax (ui-contract.md): {{path}}, {{path | "fallback"}}. The result is plain text: nothing from a
 * template or a customer field is ever interpreted as HTML.
 */
export interface RenderValues {
  customer?: { handle?: string; name?: string; id?: string; [attribute: string]: string | undefined };
  agent?: { name?: string };
  ticket?: { id?: string };
  today?: string;
}

export interface RenderResult {
  text: string;
  /** Paths that had no value and no fallback: flagged before insert, never silently blank. */
  missing: string[];
}

const PLACEHOLDER = /\{\{\s*([^{}|]+?)\s*(?:\|\s*"((?:[^"\\]|\\.)*)"\s*)?\}\}/g;

export function renderTemplate(body: string, values: RenderValues): RenderResult {
  const missing: string[] = [];
  const text = body.replace(PLACEHOLDER, (whole, rawPath: string, fallback: string | undefined) => {
    const path = rawPath.trim();
    const value = lookup(values, path);
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback.replace(/\\(.)/g, '$1');
    missing.push(path);
    return whole;
  });
  return { text, missing };
}

function lookup(values: RenderValues, path: string): string | undefined {
  if (path === 'today') return values.today ?? new Date().toISOString().slice(0, 10);
  const [head, ...rest] = path.split('.');
  if (rest.length !== 1 || !head) return undefined;
  const key = rest[0] ?? '';
  const scope = (values as Record<string, Record<string, string | undefined> | undefined>)[head];
  const value = scope?.[key];
  return typeof value === 'string' ? value : undefined;
}
