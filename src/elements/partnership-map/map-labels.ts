import {
  applyZoom,
  LINE_HEIGHT,
  placeLabels,
  type Box,
  type LabelSite,
  type PlacedLabel,
  type ScreenPoint,
  type ZoomState,
} from '../../geo/index.js';
import { estimateTextWidth } from '../shared/server-layout.js';
import type { MapLayout, VenueMarker } from './map-layout.js';

/** Radius of a venue marker's dot (the `r` of `.marker-dot`), plus its outline. */
const MARKER_RADIUS = 7;

/** What placing names needs to know of the type and the buttons, read once per layout. */
export interface LabelMetrics {
  /** The names' font size in px (`--pw-map-label-size`, by default 0.75em). */
  size: number;
  /** The least fraction of `size` a name may shrink to (`--pw-map-label-shrink`). */
  shrink: number;
  /** Height of a name's box per px of font size, as the browser will report it. */
  lineHeight: number;
  /** Where the zoom buttons sit, in the map's pixels. */
  controls: Box;
  /** Text widths at `size`: the countries' names, and named venues' as they are drawn. */
  widths: Map<string, number>;
  measure(weight: number, text: string): number;
}

/**
 * Reads the names' type from the map's frame and measures each country's name (`names`, by
 * id) in it. Read per layout, not per render (it costs a style pass): the names follow the
 * type, which presentation mode enlarges.
 */
export function measureLabels(frame: Element, controls: Box, names: [string, string][]): LabelMetrics {
  const style = getComputedStyle(frame);
  const size = parseFloat(style.fontSize);
  // Measured in the labels' own font (fonts differ: Firefox's bold DejaVu runs a tenth
  // wider than Chromium's), once per layout, without laying out any DOM.
  const context = document.createElement('canvas').getContext('2d')!;
  const measure = (weight: number, text: string) => {
    context.font = `${weight} ${size}px ${style.fontFamily}`;
    return context.measureText(text).width;
  };
  // The box the browser reports for a name is the font's (Firefox's runs taller than
  // Chromium's), plus the halo: placement keeps exactly that box clear.
  context.font = `700 ${size}px ${style.fontFamily}`;
  const font = context.measureText('Hg');
  const fontBox = (font.fontBoundingBoxAscent + font.fontBoundingBoxDescent) / size;
  return {
    size,
    // A slide for an audience lets no name shrink: `--pw-map-label-shrink: 1`.
    shrink: parseFloat(style.getPropertyValue('--pw-map-label-shrink')) || 5 / 6,
    lineHeight: Math.max(LINE_HEIGHT, (fontBox || 0) + 0.15),
    controls,
    widths: new Map(names.map(([id, text]) => [id, measure(600, text)])),
    measure,
  };
}

/**
 * `measureLabels` for a server render, which has no fonts to measure: the default type
 * (12px), widths estimated, and the buttons' box where the styles put them on a wide map
 * (a column of four 2em buttons in the top right corner).
 */
export function serverLabelMetrics(
  [width]: readonly [number, number],
  names: [string, string][],
): LabelMetrics {
  const size = 12;
  const measure = (weight: number, text: string) => estimateTextWidth(text, size, weight);
  return {
    size,
    shrink: 5 / 6,
    lineHeight: LINE_HEIGHT,
    controls: [width - 48, 8, width - 8, 8 + 4 * 40],
    widths: new Map(names.map(([id, text]) => [id, measure(600, text)])),
    measure,
  };
}

/**
 * Where the zoom buttons sit, in the map's pixels (under it when it is narrow); read once
 * per layout, like the label size, since they scale with the type.
 */
export function measureControls(root: ParentNode): Box {
  const controls = root.querySelector('.controls')?.getBoundingClientRect();
  const svg = root.querySelector('.frame')?.getBoundingClientRect();
  if (!controls || !svg) return [0, 0, 0, 0];
  return [
    controls.left - svg.left,
    controls.top - svg.top,
    controls.right - svg.left,
    controls.bottom - svg.top,
  ];
}

/**
 * Where a named venue's name goes from its marker at `[x, y]` on screen: under it (coastal
 * venues have the sea below them, where no country is named), above it at the map's foot,
 * moved along to stay inside the map when the marker is; `[dx, dy, half width]`, or null
 * for an unnamed venue.
 */
export function venueNamePlace(
  metrics: LabelMetrics,
  [mapWidth, mapHeight]: readonly [number, number],
  marker: VenueMarker,
  [x, y]: ScreenPoint,
): [number, number, number] | null {
  if (!marker.named) return null;
  let width = metrics.widths.get(marker.key);
  if (width === undefined) metrics.widths.set(marker.key, (width = metrics.measure(400, marker.city.text)));
  const half = width / 2 + 1;
  const below = MARKER_RADIUS + metrics.size * 0.75;
  return [
    // A marker out of view (zoomed) takes its name along.
    x < 0 || x > mapWidth ? 0 : Math.min(Math.max(x, half + 4), mapWidth - half - 4) - x,
    y + below + metrics.size * 0.65 > mapHeight - 4 ? -below : below,
    half,
  ];
}

/**
 * Names the countries in view where they are drawn now (zoomed or not), in screen pixels,
 * clear of the venue markers (`places`) and their names, and of the buttons over the map.
 */
export function placeCountryLabels(
  metrics: LabelMetrics,
  layout: MapLayout,
  places: readonly VenueMarker[],
  zoom: ZoomState,
): PlacedLabel[] {
  const [width, height] = layout.frame;
  const { size } = metrics;
  const avoid: Box[] = [metrics.controls];
  for (const marker of places) {
    const [x, y] = applyZoom(zoom, marker.point);
    avoid.push([x - MARKER_RADIUS, y - MARKER_RADIUS, x + MARKER_RADIUS, y + MARKER_RADIUS]);
    const name = venueNamePlace(metrics, layout.frame, marker, [x, y]);
    if (name) {
      const [nx, ny, half] = [x + name[0], y + name[1], name[2]];
      avoid.push([nx - half, ny - size * 0.65, nx + half, ny + size * 0.65]);
    }
  }
  const sites: LabelSite[] = [];
  for (const country of layout.focusCountries) {
    const label = applyZoom(zoom, country.label);
    if (label[0] < 0 || label[1] < 0 || label[0] > width || label[1] > height) continue;
    const bounds = country.bounds.map((point) => applyZoom(zoom, point)) as LabelSite['bounds'];
    sites.push({ id: country.id, label, bounds, area: country.area });
  }
  return placeLabels(sites, metrics.widths, {
    size,
    // Smaller type where space is short, never below 10 px (nor 5/6 of the size).
    minSize: Math.max(10, size * metrics.shrink),
    lineHeight: metrics.lineHeight,
    view: layout.frame,
    avoid,
  });
}
