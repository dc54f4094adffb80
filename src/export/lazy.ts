/**
 * The export code (composition, style inlining, colour conversion, rasterizing: some 5 KB
 * gzip) loads the first time a view is exported. Most visitors never export, so it stays out
 * of the first load; the bundle puts it in a chunk next to itself, and the single-file pages
 * inline it.
 */
export function loadExport(): Promise<typeof import('./index.js')> {
  return import('./index.js');
}
