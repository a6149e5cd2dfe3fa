/** Saving a generated file from an extension page: a Blob URL on an <a download>, revoked afterwards. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next task: Chromium starts the download from the click, not synchronously.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "CS 팀 답변" → "cs-팀-답변": a pack id and file name any OS accepts, Hangul kept. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .trim()
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
