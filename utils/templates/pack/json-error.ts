/**
 * Where a JSON text stops being JSON. JSON.parse's messages differ per engine and Chromium's no
 * longer give a position, but a team lead fixing a pack by hand needs a line and column, so on a
 * parse failure we scan the text once more with this small validator (it builds no values).
 * The reason is worded in the context's language; the caller puts it after the line and column.
 */
import { packProblems } from '@/utils/i18n/messages/problems-pack';
import { problemSayer } from '@/utils/i18n/problems';

const say = problemSayer(packProblems);

export interface JsonErrorLocation {
  line: number;
  column: number;
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** Null when the text is valid JSON (or too deeply nested to scan). */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;

  function fail(reason: string): never {
    throw new Stop(i, i >= text.length ? say('pack.json.endsEarly') : reason);
  }
  function skipSpace() {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  }
  function describe() {
    return i >= text.length ? say('pack.json.endOfFile') : `"${text[i]}"`;
  }

  function string() {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) fail(say('pack.json.unterminated'));
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && ESCAPES.includes(e)) i += 2;
        else fail(say('pack.json.badEscape'));
        continue;
      }
      if (c < ' ') fail(say('pack.json.controlChar'));
      i++;
    }
  }

  function value(): void {
    skipSpace();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    fail(say('pack.json.expectedValue', { found: describe() }));
  }

  function container(close: string, object: boolean): void {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      if (object) {
        skipSpace();
        if (text[i] !== '"') fail(say('pack.json.expectedName', { found: describe() }));
        string();
        skipSpace();
        if (text[i] !== ':') fail(say('pack.json.expectedColon', { found: describe() }));
        i++;
      }
      value();
      skipSpace();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail(say('pack.json.expectedComma', { close, found: describe() }));
      i++;
      skipSpace();
      if (text[i] === close) fail(say('pack.json.trailingComma', { close }));
    }
  }

  try {
    value();
    skipSpace();
    if (i < text.length) fail(say('pack.json.afterEnd'));
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) return null; // too deep to scan (RangeError): no position to offer
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason: error.reason };
  }
}
