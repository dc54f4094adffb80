/**
 * Export of the current view as a standalone SVG or a PNG, for the elements' `exportSVG()`
 * and `exportPNG()` and their download button.
 */
export {
  collectPanels,
  composeExport,
  PANEL_SELECTOR,
  type ComposedExport,
  type ExportOptions,
  type ExportPanel,
  type LegendItem,
} from './compose.js';
export { inlineStyles, NOT_EXPORTED } from './inline-styles.js';
export { resolveColor, toSrgb, type SrgbColor } from './color.js';
export { rasterize, toSvgBlob } from './rasterize.js';
export { download } from './download.js';
