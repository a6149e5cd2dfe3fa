/**
 * The separator a person types between what is already in X's box and an inserted reply: a space
 * after a word, a line break after a finished sentence, nothing at the start, after whitespace or
 * after an opening bracket. The same choice is made for the text that follows the caret. Pure: the
 * content script applies it at insert, the panel's length meter predicts it.
 * Only ever one of '', ' ', '\n': page text decides which, never what else is inserted.
 */

export type Separator = '' | ' ' | '\n';

export interface Separators {
  before: Separator;
  after: Separator;
}

/** A sentence end (Latin and CJK full stops, "…"), possibly closed by quotes or brackets: `다.` `요!"` `done.)`. */
const SENTENCE_END = /[.!?。！？…][)\]}"'”’」』〉》）]*$/u;
/** Opening brackets and quotes: what follows them is glued on purpose. */
const OPENING = /[([{“‘「『〈《（"'@#]$/u;
/** Punctuation that belongs to the word before it: inserting ahead of it needs no space. */
const CLOSING = /^[.,!?;:)\]}”’」』〉》）。、，！？：；…]/u;
const WHITESPACE_END = /\s$/u;
const WHITESPACE_START = /^\s/u;

export function separatorsFor(before: string, inserted: string, after: string): Separators {
  if (inserted === '') return { before: '', after: '' };
  return { before: separatorBefore(before, inserted), after: separatorAfter(inserted, after) };
}

function separatorBefore(before: string, inserted: string): Separator {
  if (before === '' || WHITESPACE_END.test(before) || WHITESPACE_START.test(inserted)) return '';
  if (CLOSING.test(inserted)) return '';
  if (SENTENCE_END.test(before)) return '\n';
  return OPENING.test(before) ? '' : ' ';
}

function separatorAfter(inserted: string, after: string): Separator {
  if (after === '' || WHITESPACE_START.test(after) || WHITESPACE_END.test(inserted)) return '';
  if (CLOSING.test(after)) return '';
  if (SENTENCE_END.test(inserted)) return '\n';
  return OPENING.test(inserted) ? '' : ' ';
}

/** `inserted` with its separators, and where in the result the inserted text itself ends. */
export function withSeparators(
  before: string,
  inserted: string,
  after: string,
): { text: string; lead: number; end: number } {
  const { before: lead, after: trail } = separatorsFor(before, inserted, after);
  return { text: lead + inserted + trail, lead: lead.length, end: lead.length + inserted.length };
}
