/**
 * Template bodies as an attacker who controls a team pack would write them, plus random ones, from a
 * seeded PRNG: the same 10,000 bodies on every run, so a failure names a body that can be replayed.
 */

/** mulberry32: small, fast, good enough to spread cases; not for secrets. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The body length the caps allow (MAX_BODY_CHARS); hostile bodies go up to it. */
const MAX = 10_000;

/** Pieces the scanner treats specially, and a few it must treat as plain text. */
const ATOMS = [
  '{{',
  '}}',
  '{',
  '}',
  '|',
  '"',
  '\\',
  '\\"',
  ' ',
  '\u3000',
  '\n',
  'customer.name',
  'input:',
  'cursor',
  'a',
  '가',
  '😀',
  '{{ ',
  ' }}',
  ' | "',
  '"}}',
];

/**
 * Bodies that take a backtracking placeholder regex from milliseconds to seconds, smallest first, so
 * such code fails on a body that takes a fraction of a second rather than on one that takes minutes.
 */
export function namedHostileBodies(): Array<{ name: string; body: string }> {
  const named: Array<{ name: string; body: string }> = [];
  for (const n of [64, 256, 1024, 3000, MAX - 2]) named.push({ name: `{{ + ${n} spaces`, body: `{{${' '.repeat(n)}` });
  named.push(
    { name: '4 KB {{ + spaces + x', body: `{{${' '.repeat(4000)}x` },
    { name: '{{ + spaces + | without quote', body: `{{${' '.repeat(3000)}|${' '.repeat(3000)}` },
    { name: 'unclosed fallback of backslashes', body: `{{a | "${'\\\\'.repeat(4500)}` },
    { name: 'unclosed fallback of escaped quotes', body: `{{a | "${'\\"'.repeat(4500)}` },
    { name: 'nested opens', body: '{{'.repeat(MAX / 2) },
    { name: 'unbalanced {{a', body: '{{a'.repeat(MAX / 3) },
    { name: 'repeated fallback starts', body: '{{a|"'.repeat(MAX / 5) },
    { name: 'spaces between opens', body: `{{ ${' '.repeat(50)}`.repeat(MAX / 53) },
    { name: 'ideographic spaces', body: `{{${'\u3000'.repeat(MAX - 2)}` },
    { name: 'many distinct placeholders', body: Array.from({ length: 900 }, (_, i) => `{{c.${i}}}`).join('') },
    { name: 'many distinct fill-ins', body: Array.from({ length: 700 }, (_, i) => `{{input:${i}}}`).join('') },
  );
  return named;
}

/** One random body: hostile shapes and random mixes of ATOMS, up to MAX characters. */
export function randomBody(next: () => number): string {
  const int = (n: number) => Math.floor(next() * n);
  const spaces = () => ' '.repeat(int(MAX - 10));
  switch (int(8)) {
    case 0:
      return `{{${spaces()}`;
    case 1:
      return `{{${' '.repeat(int(3000))}${['|', '}', '{', 'x', '| "'][int(5)]}${' '.repeat(int(3000))}`;
    case 2: {
      // Long fallbacks with backslashes, closed or not.
      const inner = Array.from({ length: int(2000) }, () => ['\\\\', '\\"', 'x', ' ', '"', '\\'][int(6)]).join('');
      return `{{customer.name | "${inner}${next() < 0.5 ? '"}}' : ''}`;
    }
    case 3: {
      // Nested and unbalanced braces.
      return Array.from({ length: int(3000) }, () => ['{{', '}}', '{', '}', 'a', ' '][int(6)]).join('');
    }
    case 4:
      return '가'.repeat(int(MAX)); // a plain 10 KB body, no placeholder at all
    default: {
      let body = '';
      const target = int(next() < 0.1 ? MAX : 400);
      while (body.length < target) body += ATOMS[int(ATOMS.length)];
      return body.slice(0, MAX);
    }
  }
}
