/**
 * Colours as a standalone SVG needs them. Chromium reports a computed `color-mix()` as
 * `color(srgb 0.5 0.65 0.79)`, which slide-deck and drawing programs (PowerPoint, Inkscape,
 * librsvg) do not read, and SVG 1.1 has no alpha in a paint. So every colour leaves here
 * as `#rrggbb` with its alpha apart, to be folded into `fill-opacity` / `stroke-opacity`.
 */

export interface SrgbColor {
  /** `#rrggbb`. */
  hex: string;
  /** 0 to 1. */
  alpha: number;
}

const NUMBER = String.raw`([-+]?[\d.]+(?:e[-+]?\d+)?%?)`;
const RGB = new RegExp(
  String.raw`^rgba?\(\s*${NUMBER}[\s,]+${NUMBER}[\s,]+${NUMBER}\s*(?:[,/]\s*${NUMBER}\s*)?\)$`,
  'i',
);
const SRGB = new RegExp(
  String.raw`^color\(\s*srgb\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}\s*(?:/\s*${NUMBER}\s*)?\)$`,
  'i',
);

const cache = new Map<string, SrgbColor | null>();
let probe: CanvasRenderingContext2D | null | undefined;

function channel(value: string, scale: number): number {
  const number = value.endsWith('%') ? (parseFloat(value) / 100) * 255 : parseFloat(value) * scale;
  return Math.round(Math.min(255, Math.max(0, number)));
}

function alphaOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const number = value.endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
  return Math.min(1, Math.max(0, Math.round(number * 1000) / 1000));
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((part) => part.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Any other syntax the browser understands (`oklch()`, `color-mix()`, `color(display-p3 …)`,
 * names) is painted on a 1 × 1 canvas and read back: the browser does the conversion and
 * gamut mapping, and this module needs no colour maths of its own.
 */
function readBack(value: string): SrgbColor | null {
  if (probe === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return null;
  // An invalid colour leaves fillStyle as it was: two different sentinels tell it apart.
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  const first = probe.fillStyle;
  probe.fillStyle = '#fff';
  probe.fillStyle = value;
  if (first === '#000000' && probe.fillStyle === '#ffffff') return null;
  probe.clearRect(0, 0, 1, 1);
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return { hex: hex(r, g, b), alpha: Math.round((a / 255) * 1000) / 1000 };
}

/** A CSS colour as sRGB hex and alpha, or null when it is not a colour (`none`, `url(…)`). */
export function toSrgb(value: string): SrgbColor | null {
  const key = value.trim();
  let color = cache.get(key);
  if (color !== undefined) return color;
  const rgb = RGB.exec(key);
  const srgb = rgb ? null : SRGB.exec(key);
  if (rgb) {
    color = {
      hex: hex(channel(rgb[1]!, 1), channel(rgb[2]!, 1), channel(rgb[3]!, 1)),
      alpha: alphaOf(rgb[4]),
    };
  } else if (srgb) {
    color = {
      hex: hex(channel(srgb[1]!, 255), channel(srgb[2]!, 255), channel(srgb[3]!, 255)),
      alpha: alphaOf(srgb[4]),
    };
  } else if (/^(none|auto|inherit|initial|unset|context-fill|context-stroke)$|^url\(/i.test(key)) {
    color = null;
  } else {
    color = readBack(key);
  }
  cache.set(key, color);
  return color;
}

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/;

/**
 * A colour given by the caller, which may name the theme (`var(--pw-color-inferred)`,
 * `color-mix(in srgb, var(--a) 40%, var(--b))`), resolved against `context`'s custom
 * properties, so that the exported file holds no `var(`.
 */
export function resolveColor(value: string, context: Element): SrgbColor | null {
  let text = value;
  const style = getComputedStyle(context);
  // Computed custom properties have their own var() substituted already; the bound only
  // stops a fallback that names itself.
  for (let step = 0; step < 16 && text.includes('var('); step++) {
    text = text.replace(VAR, (_, name: string, fallback?: string) => {
      const own = style.getPropertyValue(name).trim();
      return own || (fallback ?? '').trim();
    });
  }
  if (text.includes('var(') || text.trim() === '') return null;
  return toSrgb(text);
}
