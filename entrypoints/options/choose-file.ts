/** Choosing files in the options page: by the file input's dialog or by a drop (DropZone.tsx). */
import type { ChangeEvent } from 'react';

/** The file an agent just chose in a file input, with the input cleared so choosing the same file again (after fixing it) fires another change. */
export function takeChosenFile(event: ChangeEvent<HTMLInputElement>): File | undefined {
  const file = event.target.files?.[0];
  event.target.value = '';
  return file;
}

/** Whether a dropped file fits an input's `accept` (the browser's dialog filters by it; a drop does not). */
export function accepts(accept: string, file: Pick<File, 'name' | 'type'>): boolean {
  const name = file.name.toLowerCase();
  return accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .some((a) => (a.startsWith('.') ? name.endsWith(a) : a !== '' && file.type === a));
}
