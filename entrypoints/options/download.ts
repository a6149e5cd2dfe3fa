/** Saving a generated Blob from an extension page through an <a download>. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium pins the blob at the click, but a 100 MB export may be read after the next task in
  // other browsers: keep the URL a while, then free the blob's memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A text file (JSON by default, UTF-8) through downloadBlob. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
