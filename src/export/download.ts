/**
 * Saves a blob as a file through a temporary `<a download>`: the one way every browser
 * offers without a permission prompt or a library, and it works in a shadow root's click
 * handler because the anchor lives in the document for the moment of the click.
 *
 * The object URL is revoked later, not at once: Safari and older Firefox start reading it
 * only after `click()` returns (FileSaver.js waits 40 s for the same reason).
 */
export function download(blob: Blob, filename: string, revokeAfter = 40_000): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfter);
  }
}
