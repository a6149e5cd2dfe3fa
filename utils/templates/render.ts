/**
 * Rendering a template body into the plain text that goes into X's composer.
 * Syntax (ui-contract.md): {{path}}, {{path | "fallback"}}, {{input:Label}} (a fill-in field the
 * agent types at insert time), {{cursor}} (where the caret lands afterwards).
 * The result is plain text: nothing from a template or a customer field is interpreted as HTML.
 */
export interface RenderValues {
  customer?: Record<string, string | undefined>;
  agent?: { name?: string };
  ticket?: { id?: string };
  /** Today's date as the agent's team writes it; defaults to YYYY-MM-DD. */
  today?: string;
}

export interface RenderResult {
  text: string;
  /** Paths with no value and no fallback, or unknown: flagged before insert, never silently blank. */
  missing: string[];
  /** Fill-in labels in order of first appearance. */
  inputs: string[];
  /** Fill-in labels that have no value yet (their placeholders stay in `text`). */
  unfilled: string[];
  /** UTF-16 offset of {{cursor}} in `text`, if the template has one. */
  cursor?: number;
}

const PLACEHOLDER = /\{\{\s*([^{}|]+?)\s*(?:\|\s*"((?:[^"\\]|\\.)*)"\s*)?\}\}/g;
const KNOWN_SCOPES = new Set(['customer', 'agent', 'ticket']);

/** The fill-in labels of a body, in order, without duplicates. */
export function inputLabels(body: string): string[] {
  const labels: string[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const path = (match[1] ?? '').trim();
    if (path.startsWith('input:')) {
      const label = path.slice('input:'.length).trim();
      if (label && !labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}

/** The value paths a body uses (not fill-ins, not {{cursor}}), in order, without duplicates. */
export function placeholderPaths(body: string): string[] {
  const paths: string[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const path = (match[1] ?? '').trim();
    if (path === 'cursor' || path.startsWith('input:') || paths.includes(path)) continue;
    paths.push(path);
  }
  return paths;
}

export function renderTemplate(body: string, values: RenderValues, inputs: Record<string, string> = {}): RenderResult {
  const missing: string[] = [];
  const unfilled: string[] = [];
  let cursor: number | undefined;
  let text = '';
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const [whole, rawPath = '', fallback] = match;
    text += body.slice(last, match.index);
    last = match.index + whole.length;
    const path = rawPath.trim();
    if (path === 'cursor') {
      cursor ??= text.length;
      continue;
    }
    if (path.startsWith('input:')) {
      const label = path.slice('input:'.length).trim();
      const value = inputs[label];
      if (value !== undefined && value !== '') text += value;
      else {
        if (!unfilled.includes(label)) unfilled.push(label);
        text += whole;
      }
      continue;
    }
    const value = lookup(values, path);
    if (value !== undefined && value !== '') text += value;
    else if (fallback !== undefined) text += fallback.replace(/\\(.)/g, '$1');
    else {
      if (!missing.includes(path)) missing.push(path);
      text += whole;
    }
  }
  text += body.slice(last);
  return { text, missing, inputs: inputLabels(body), unfilled, cursor };
}

function lookup(values: RenderValues, path: string): string | undefined {
  if (path === 'today') return values.today ?? localDate(new Date());
  const dot = path.indexOf('.');
  if (dot <= 0) return undefined;
  const scope = path.slice(0, dot);
  const key = path.slice(dot + 1);
  if (!KNOWN_SCOPES.has(scope) || !key) return undefined;
  const value = (values as Record<string, Record<string, string | undefined> | undefined>)[scope]?.[key];
  return typeof value === 'string' ? value : undefined;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
