/**
 * Rendering a template body into the plain text that goes into X's composer.
 * Syntax (docs/template-packs.md): {{path}}, {{path | "fallback"}}, {{input:Label}} (a fill-in field the
 * agent types at insert time), {{cursor}} (where the caret lands afterwards).
 * The result is plain text: nothing from a template or a customer field is interpreted as HTML.
 * Placeholders are found by ./placeholders (linear time: a pack's body can be hostile).
 */
import { ownValue } from '@/utils/own-keys';
import { findPlaceholders, type Placeholder } from './placeholders';
import { replyValue } from './variables';

export interface RenderValues {
  customer?: Record<string, string | undefined>;
  agent?: { name?: string; signoff?: string };
  ticket?: { id?: string };
  /** Today's date as the agent's team writes it; defaults to YYYY-MM-DD. */
  today?: string;
  /**
   * Values by path that win over the record's: what the agent typed in Fill in for a value the
   * record lacks (this insert only), or the options editor's sample customer.
   */
  given?: Record<string, string>;
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

/** What one placeholder becomes: text, a fill-in still to type, a value the record lacks, or the caret. */
export type Resolved =
  /** `typed`: the agent's own entry (a fill-in, or a value the record lacks), shown apart in Fill in. */
  | { kind: 'text'; text: string; typed?: true }
  | { kind: 'input'; label: string; raw: string }
  | { kind: 'missing'; path: string; raw: string }
  | { kind: 'cursor' };

/** A rendered body in pieces, for showing fill-ins and gaps as words (chips) apart from the text. */
export type RenderedPart =
  { kind: 'text'; text: string; typed?: true } | Exclude<Resolved, { kind: 'text' } | { kind: 'cursor' }>;

/** The one rule of what a placeholder becomes: renderTemplate and renderParts both follow it. */
function resolve(p: Placeholder, raw: string, values: RenderValues, inputs: Record<string, string>): Resolved {
  if (p.path === 'cursor') return { kind: 'cursor' };
  if (p.path.startsWith('input:')) {
    const label = p.path.slice('input:'.length).trim();
    // Labels are the template's text: `{{input:constructor}}` must read the agent's entry, not Object's.
    const value = ownValue(inputs, label);
    if (typeof value === 'string' && value !== '') return { kind: 'text', text: value, typed: true };
    // `{{input: }}` has no label to ask for: it stays as written, like any text.
    return label ? { kind: 'input', label, raw } : { kind: 'text', text: raw };
  }
  // Own properties only: a path named `constructor` is the agent's entry or nothing, never Object's.
  const given = ownValue(values.given, p.path);
  if (typeof given === 'string' && given !== '') return { kind: 'text', text: given, typed: true };
  const value = replyValue(values, p.path);
  if (value !== undefined && value !== '') return { kind: 'text', text: value };
  if (p.fallback !== undefined) return { kind: 'text', text: p.fallback }; // escapes already resolved by the scanner
  return { kind: 'missing', path: p.path, raw };
}

export function renderTemplate(body: string, values: RenderValues, inputs: Record<string, string> = {}): RenderResult {
  // Sets keep first-appearance order and stay linear with thousands of distinct placeholders.
  const missing = new Set<string>();
  const unfilled = new Set<string>();
  const labels = new Set<string>();
  let cursor: number | undefined;
  let text = '';
  let last = 0;
  for (const p of findPlaceholders(body)) {
    text += body.slice(last, p.start);
    last = p.end;
    if (p.path.startsWith('input:')) {
      const label = p.path.slice('input:'.length).trim();
      if (label) labels.add(label);
    }
    const r = resolve(p, body.slice(p.start, p.end), values, inputs);
    if (r.kind === 'cursor') cursor ??= text.length;
    else if (r.kind === 'text') text += r.text;
    else {
      if (r.kind === 'input') unfilled.add(r.label);
      else missing.add(r.path);
      text += r.raw;
    }
  }
  text += body.slice(last);
  return { text, missing: [...missing], inputs: [...labels], unfilled: [...unfilled], cursor };
}

/** The same rendering as renderTemplate, as text runs and the placeholders still open (no caret). */
export function renderParts(body: string, values: RenderValues, inputs: Record<string, string> = {}): RenderedPart[] {
  const parts: RenderedPart[] = [];
  const addText = (text: string) => {
    if (text === '') return;
    const prev = parts.at(-1);
    if (prev?.kind === 'text' && !prev.typed) prev.text += text;
    else parts.push({ kind: 'text', text });
  };
  let last = 0;
  for (const p of findPlaceholders(body)) {
    addText(body.slice(last, p.start));
    last = p.end;
    const r = resolve(p, body.slice(p.start, p.end), values, inputs);
    if (r.kind === 'text') {
      if (r.typed && r.text !== '') parts.push(r);
      else addText(r.text);
    } else if (r.kind !== 'cursor') parts.push(r);
  }
  addText(body.slice(last));
  return parts;
}
