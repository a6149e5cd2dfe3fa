/** The file an agent just chose in a file input, with the input cleared so choosing the same file again (after fixing it) fires another change. */
import type { ChangeEvent } from 'react';

export function takeChosenFile(event: ChangeEvent<HTMLInputElement>): File | undefined {
  const file = event.target.files?.[0];
  event.target.value = '';
  return file;
}
