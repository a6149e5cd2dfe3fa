/**
 * Folder names as the agent reads them. The folders Careline itself creates (the seeded samples,
 * replies saved from the panel) are stored under fixed English names, which the agent may have
 * filtered, exported or shared by: they stay as stored and are shown in the page's language.
 * Folders the team named are shown as they are.
 */
import type { Translate } from '@/utils/i18n/pages';
import { SAMPLES_FOLDER } from '@/utils/templates/samples';

/** The folder the panel's "Save reply as template" files replies in (SaveReplyForm.tsx). */
export const PERSONAL_FOLDER = 'Personal';

export function folderLabel(t: Translate, folder: string): string {
  if (folder === SAMPLES_FOLDER) return t('options.folder.samples');
  if (folder === PERSONAL_FOLDER) return t('options.folder.personal');
  return folder;
}
