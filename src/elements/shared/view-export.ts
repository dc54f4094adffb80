import type { ComposedExport } from '../../export/index.js';
import { loadExport } from '../../export/lazy.js';

/** The export code, once loaded: what a view composes its image with. */
export type ExportKit = Awaited<ReturnType<typeof loadExport>>;

/**
 * How a view builds its image: its panels and options, composed with the kit (`composeExport`,
 * `collectPanels`). Called only once the kit is loaded, so the views' own code stays free of
 * the export chunk, which loads on the first export.
 */
export type ComposeView = (kit: ExportKit) => ComposedExport;

/** The view as drawn now as a standalone SVG document: what `exportSVG()` returns. */
export async function exportSvg(compose: ComposeView): Promise<string> {
  return compose(await loadExport()).svg;
}

/** The view as a PNG, `scale` device pixels per CSS pixel: what `exportPNG()` returns. */
export async function exportPng(compose: ComposeView, scale = 2): Promise<Blob> {
  const kit = await loadExport();
  const { svg, width, height } = compose(kit);
  return kit.rasterize(svg, width, height, scale);
}

/** Saves the view as `name.svg`, or as `name.png` at twice the CSS pixels: the download buttons. */
export async function downloadView(compose: ComposeView, name: string, format: 'svg' | 'png'): Promise<void> {
  const kit = await loadExport();
  const composed = compose(kit);
  const blob =
    format === 'svg'
      ? kit.toSvgBlob(composed.svg)
      : await kit.rasterize(composed.svg, composed.width, composed.height, 2);
  kit.download(blob, `${name}.${format}`);
}
