import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with inline elements: each `{name}` in `text` (a translation left unfilled)
 * becomes `parts[name]`, so links, keys and code stay elements in either language.
 */
export function rich(text: string, parts: Record<string, ReactNode>): ReactNode {
  // split() with a capture group puts the placeholder names at the odd indexes.
  return text
    .split(/\{(\w+)\}/)
    .map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>);
}
