/**
 * PNG of an SVG document, drawn by the browser itself: an `<img>` of a `blob:` URL painted
 * on a canvas. No `data:` URL (a third larger and slower to parse), no fetch, no
 * `foreignObject`: it works under a Content Security Policy that allows `img-src blob:`,
 * and the canvas is not tainted, so it can be read back as a PNG.
 */

/** Larger canvases fail in Chromium and Firefox (or silently come out blank in Safari). */
const MAX_SIDE = 16384;
const MAX_AREA = 16384 * 16384;

/** The SVG as a file: UTF-8 with an XML declaration, as drawing programs expect. */
export function toSvgBlob(svg: string): Blob {
  return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Draws `svg` (of `width` × `height` CSS px) at `scale` pixels per CSS px and resolves with
 * a PNG of exactly `round(width * scale)` × `round(height * scale)` pixels. The SVG is
 * vector, so the picture is drawn at that resolution, not enlarged. Rejects with an Error
 * saying what failed: a size out of range, an SVG the browser cannot load, or the encoder.
 */
export async function rasterize(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const pixelWidth = Math.round(width * scale);
  const pixelHeight = Math.round(height * scale);
  if (!(pixelWidth >= 1 && pixelHeight >= 1)) {
    throw new RangeError(`rasterize: ${width} × ${height} at scale ${scale} is not a drawable size`);
  }
  if (pixelWidth > MAX_SIDE || pixelHeight > MAX_SIDE || pixelWidth * pixelHeight > MAX_AREA) {
    throw new RangeError(
      `rasterize: ${pixelWidth} × ${pixelHeight} px is larger than a canvas can be; use a smaller scale`,
    );
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch (error) {
      throw new Error(
        'rasterize: the browser could not load the SVG as an image (is it valid SVG, and does ' +
          "the page's Content Security Policy allow blob: in img-src?)",
        { cause: error },
      );
    }
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('rasterize: no 2D canvas context is available');
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('rasterize: the browser could not encode the PNG')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
