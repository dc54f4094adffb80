/**
 * `data/region.plane.json` as `scripts/plane-region.mjs` writes it: the region already in
 * Mercator, on an integer grid (y grows southwards, as on screen).
 */
export interface PlaneRegionFile {
  /** Degrees of longitude per grid step; Mercator northings use the same unit. */
  step: number;
  /** Longitude and Mercator northing (degrees, southwards) of grid point `[0, 0]`. */
  origin: [number, number];
  /**
   * Each arc as a string of numbers `x0, y0, dx1, dy1, …` (a start point, then deltas), in
   * URL-safe base64 digits; `decodeRegion` reads them.
   */
  arcs: string[];
  countries: PlaneCountryRecord[];
  /** Indices of the arcs shared by two countries. */
  borders: number[];
}

/** One country in `data/region.plane.json`; statistics are in grid units. */
export interface PlaneCountryRecord {
  /** ISO 3166-1 alpha-3, as the dataset keys countries (`BEN`). */
  id: string;
  /** English name: a fallback only, since the components label countries from the dataset. */
  name: string;
  /** One of the countries the map is about, rather than context around them. */
  focus: boolean;
  /** Rings as arc indices; `~i` is arc `i` reversed, as in TopoJSON. */
  rings: number[][];
  centroid: [number, number];
  /** The centroid of the largest part, where readers look for the name. */
  label: [number, number];
  /** `[left, top, right, bottom]`. */
  bounds: [number, number, number, number];
  area: number;
}

/** The region decoded for drawing: arcs as absolute grid points. */
export interface PlaneRegion {
  step: number;
  origin: [number, number];
  /** Each arc as a flat list of absolute points `x0, y0, x1, y1, …`. */
  arcs: number[][];
  countries: PlaneCountryRecord[];
  borders: number[];
}

/**
 * Grid to pixels: a pixel is `grid × k + [x, y]`. Mercator is linear once projected, so a
 * fit to any size is this much and no more.
 */
export interface RegionProjection {
  k: number;
  x: number;
  y: number;
  step: number;
  origin: [number, number];
}

/** A position on screen in pixels, `[x, y]`. */
export type ScreenPoint = [number, number];

/** A pixel rectangle, `[[left, top], [right, bottom]]`. */
export type ScreenBounds = [ScreenPoint, ScreenPoint];

/** A country ready to draw: everything a component renders, in pixels. */
export interface ProjectedCountry {
  id: string;
  name: string;
  focus: boolean;
  /** SVG path data, coordinates rounded to 0.1 px. */
  path: string;
  /** Centre of the whole shape's area. */
  centroid: ScreenPoint;
  /** Where the label goes: the centre of the largest part. */
  label: ScreenPoint;
  bounds: ScreenBounds;
  /** Projected area in square pixels. */
  area: number;
}
