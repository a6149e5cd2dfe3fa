/**
 * A template body from a compromised pack must not freeze every agent's panel (a backtracking
 * placeholder regex takes cubic time on some). 10,000 random and hostile bodies, each rendered and its
 * fill-ins listed, with invariants that hold for any body. How fast is the bench's business
 * (bench/render.ts, hostile bodies against a normal reply in one run); here a scanner gone
 * super-linear makes this test run for minutes instead of a second.
 */
import { describe, expect, it } from 'vitest';
import { inputLabels, renderTemplate, type RenderValues } from '@/utils/templates/render';
import { namedHostileBodies, prng, randomBody } from './hostile-bodies';

const values: RenderValues = {
  customer: { name: '김민지', handle: 'minji_kim', id: 'C-1', plan: '5G' },
  agent: { name: 'Jae' },
  ticket: { id: 'T-1' },
  today: '2026-12-07',
};
const inputs = { ETA: '2시간', a: 'x' };
const longestValue = Math.max(
  ...[...Object.values(values.customer ?? {}), 'Jae', 'T-1', '2026-12-07', ...Object.values(inputs)].map(
    (v) => v?.length ?? 0,
  ),
);

/** Placeholders start at distinct `{{`s, so their count is at most the number of `{{` (counted without the parser). */
function opens(body: string): number {
  let n = 0;
  for (let i = body.indexOf('{{'); i !== -1; i = body.indexOf('{{', i + 1)) n++;
  return n;
}

function checkInvariants(body: string): void {
  const r = renderTemplate(body, values, inputs);
  // Each placeholder becomes at most one value; fallbacks are shorter than the text they sit in.
  expect(r.text.length).toBeLessThanOrEqual(body.length + opens(body) * longestValue);
  // Without values (and no date) nothing can grow: the body or less.
  expect(renderTemplate(body, { today: '' }, {}).text.length).toBeLessThanOrEqual(body.length);
  if (r.cursor !== undefined) expect(r.cursor).toBeGreaterThanOrEqual(0);
  if (r.cursor !== undefined) expect(r.cursor).toBeLessThanOrEqual(r.text.length);
  expect(new Set(r.missing).size).toBe(r.missing.length);
  expect(r.inputs).toEqual(inputLabels(body));
}

describe('renderTemplate on hostile bodies', () => {
  it('renders each named hostile body (`{{` + spaces and friends) within its invariants', () => {
    for (const { body } of namedHostileBodies()) {
      expect(() => inputLabels(body)).not.toThrow();
      checkInvariants(body);
    }
  });

  it('renders 10,000 seeded random and hostile bodies without throwing, never longer than body plus values', () => {
    const next = prng(0x11_03);
    for (let i = 0; i < 10_000; i++) checkInvariants(randomBody(next));
  }, 120_000);

  it('does not fill a fill-in from Object.prototype ({{input:constructor}} stays a fill-in)', () => {
    const r = renderTemplate('{{input:constructor}} {{input:__proto__}}', {}, {});
    expect(r.text).toBe('{{input:constructor}} {{input:__proto__}}');
    expect(r.unfilled).toEqual(['constructor', '__proto__']);
  });
});
