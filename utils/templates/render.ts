/**
 * Rendering a template body into the plain text that goes into X's composer.
 * Syntax (ui-contract.md): {{path}}, {{path | "fallback"}}, {{input:Label}} (a fill-in field the
 * agent types at insert time), {{cursor}} (where the caret lands afterwards).
 * The result is plain text: nothing from a template or a customer field is interpreted as HTML.
 * Placeholders are found by ./placeholders (linear time: a pack's body can be hostile).
 */
import { ownValue } from '@/utils/own-keys';
import { findPlaceholders } from './placeholders';

export interface RenderValues {
  customer?: Record<string, string | undefined>;
  agent?: { name?: string; signoff?: string };
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

const KNOWN_SCOPES = new Set(['customer', 'agent', 'ticket']);

/** The fill-in labels of a body, in order, without duplicates. */
export function inputLabels(body: string): string[] {
  const labels = new Set<string>();
  for (const { path } of findPlaceholders(body)) {
    if (path.startsWith('input:')) {
      const label = path.slice('input:'.length).trim();
      if (label) labels.add(label);
    }
  }
  return [...labels];
}

/** The value paths a body uses (not fill-ins, not {{cursor}}), in order, without duplicates. */
export function placeholderPaths(body: string): string[] {
  // Sets, not arrays: a hostile body has thousands of distinct placeholders, and includes() on
  // each would make this quadratic again.
  const paths = new Set<string>();
  for (const { path } of findPlaceholders(body)) {
    if (path !== 'cursor' && !path.startsWith('input:')) paths.add(path);
  }
  return [...paths];
}

export function renderTemplate(body: string, values: RenderValues, inputs: Record<string, string> = {}): RenderResult {
  // Sets keep first-appearance order and stay linear with thousands of distinct placeholders.
  const missing = new Set<string>();
  const unfilled = new Set<string>();
  const labels = new Set<string>();
  let cursor: number | undefined;
  let text = '';
  let last = 0;
  for (const { start, end, path, fallback } of findPlaceholders(body)) {
    const whole = body.slice(start, end);
    text += body.slice(last, start);
    last = end;
    if (path === 'cursor') {
      cursor ??= text.length;
      continue;
    }
    if (path.startsWith('input:')) {
      const label = path.slice('input:'.length).trim();
      if (label) labels.add(label);
      const value = ownValue(inputs, label);
      if (typeof value === 'string' && value !== '') text += value;
      else {
        unfilled.add(label);
        text += whole;
      }
      continue;
    }
    const value = lookup(values, path);
    if (value !== undefined && value !== '') text += value;
    else if (fallback !== undefined) text += fallback; // escapes already resolved by the scanner
    else {
      missing.add(path);
      text += whole;
    }
  }
  text += body.slice(last);
  return { text, missing: [...missing], inputs: [...labels], unfilled: [...unfilled], cursor };
}

function lookup(values: RenderValues, path: string): string | undefined {
  if (path === 'today') return values.today ?? localDate(new Date());
  const dot = path.indexOf('.');
  if (dot <= 0) return undefined;
  const scope = path.slice(0, dot);
  const key = path.slice(dot + 1);
  if (!KNOWN_SCOPES.has(scope) || !key) return undefined;
  // Own properties only: `{{customer.constructor}}` is an imported column or missing, never Object's.
  const value = ownValue(ownValue(values, scope) as object | undefined, key);
  return typeof value === 'string' ? value : undefined;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
