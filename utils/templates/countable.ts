/**
 * The reply as the length meter counts it before every fill-in is typed: a fill-in not typed yet
 * counts as nothing, never as its raw `{{input:…}}` placeholder (which would never be posted).
 */
import { renderTemplate, type RenderValues } from './render';

/**
 * Stands for an untyped fill-in while rendering. A noncharacter: no reply contains it (if one did,
 * it would only be left out of the count, never out of what is inserted).
 */
const UNFILLED = '\uFDD0';

/** The reply as it will be inserted, untyped fill-ins left out; `pending` when there are any. */
export function countableReply(
  body: string,
  values: RenderValues,
  inputs: Record<string, string> = {},
): { text: string; pending: boolean } {
  const first = renderTemplate(body, values, inputs);
  if (first.unfilled.length === 0) return { text: first.text, pending: false };
  const stand = Object.fromEntries(first.unfilled.map((label) => [label, UNFILLED]));
  return { text: renderTemplate(body, values, { ...inputs, ...stand }).text.replaceAll(UNFILLED, ''), pending: true };
}
