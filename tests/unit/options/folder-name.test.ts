import { describe, expect, it } from 'vitest';
import { folderLabel, PERSONAL_FOLDER } from '@/entrypoints/options/templates/folder-name';
import { translator } from '@/utils/i18n/pages';
import { SAMPLE_TEMPLATES, SAMPLES_FOLDER } from '@/utils/templates/samples';

describe('folder names as the agent reads them', () => {
  it("shows the folders Careline creates in the page's language, stored names untouched", () => {
    expect(SAMPLE_TEMPLATES.every((s) => s.folder === SAMPLES_FOLDER)).toBe(true);
    expect(folderLabel(translator('ko'), SAMPLES_FOLDER)).toBe('샘플');
    expect(folderLabel(translator('en'), SAMPLES_FOLDER)).toBe('Samples');
    expect(folderLabel(translator('ko'), PERSONAL_FOLDER)).toBe('개인');
  });

  it("shows a team's own folders as they are, whatever they are called", () => {
    expect(folderLabel(translator('ko'), 'Technical')).toBe('Technical');
    expect(folderLabel(translator('ko'), 'samples')).toBe('samples');
    expect(folderLabel(translator('en'), '결제')).toBe('결제');
  });
});
