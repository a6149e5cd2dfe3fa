/**
 * Where a JSON text stops being JSON. JSON.parse's messages differ per engine and Chromium's no
 * longer give a position, but a team lead fixing a pack by hand needs a line and column, so on a
 * parse failure we scan the text once more with this small validator (it builds no values).
 */

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
    throw new Stop(i, i >= text.length ? 'the file ends too early (a missing } or ] or ")' : reason);
  }
  function skipSpace() {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  }
  function describe() {
    return i >= text.length ? 'the end of the file' : `"${text[i]}"`;
  }

  function string() {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated string');
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && ESCAPES.includes(e)) i += 2;
        else fail('invalid escape in a string (write \\\\ for a backslash)');
        continue;
      }
      if (c < ' ') fail('line break or control character inside a string (write \\n)');
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
    fail(`expected a value, found ${describe()}`);
  }

  function container(close: string, object: boolean): void {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      if (object) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a "quoted" property name, found ${describe()}`);
        string();
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after the property name, found ${describe()}`);
        i++;
      }
      value();
      skipSpace();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail(`expected "," or "${close}", found ${describe()}`);
      i++;
      skipSpace();
      if (text[i] === close) fail(`trailing comma before "${close}"`);
    }
  }

  try {
    value();
    skipSpace();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) return null; // too deep to scan (RangeError): no position to offer
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason: error.reason };
  }
}
