import type { PlaneProjectionName, PlaneXY } from './grid.js';

/**
 * `data/region.plane.json` as `planeRegion` (`src/geo/plane-region.ts`) writes it, and the
 * files `partnership-data geometry` writes: the region already projected, on an integer grid
 * (y grows southwards, as on screen).
 */
export interface PlaneRegionFile {
  /**
   * The projection the grid is in; absent means Mercator (the bundled file has none). What
   * places a venue on the grid, with `step` and `origin` (see `toGrid`).
   */
  projection?: PlaneProjectionName;
  /** Degrees of longitude per grid step; the projection's y (in degrees) uses the same unit. */
  step: number;
  /** The projection's x and y (degrees, y southwards) of grid point `[0, 0]`. */
  origin: [number, number];
  /**
   * Each arc as a string of numbers `x0, y0, dx1, dy1, …` (a start point, then deltas), in
   * URL-safe base64 digits; `decodeRegion` reads them.
   */
  arcs: string[];
  /** The statistics are stored for the countries the map is about; `decodeRegion` computes the others'. */
  countries: (Omit<PlaneCountryRecord, 'centroid' | 'label' | 'bounds' | 'area'> &
    Partial<PlaneCountryRecord>)[];
  /** Indices of the arcs shared by two countries. */
  borders: number[];
}

/** One country in `data/region.plane.json`; statistics are in grid units. */
export interface PlaneCountryRecord {
  /** ISO 3166-1 alpha-3, as the dataset keys countries (`BEN`). */
  id: string;
  /**
   * English name, for a country without `alpha2`: a fallback only, since the components
   * label countries from the dataset.
   */
  name?: string;
  /**
   * ISO 3166-1 alpha-2, for a country the dataset may leave unnamed: the components then
   * name it in the reader's language (`Intl.DisplayNames` takes alpha-2, not alpha-3).
   */
  alpha2?: string;
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
  projection?: PlaneProjectionName;
  /** The projection's plane, when not Mercator's: set by the chunk that loads map files. */
  planeXY?: PlaneXY;
  step: number;
  origin: [number, number];
  /** Each arc as a flat list of absolute points `x0, y0, x1, y1, …`. */
  arcs: number[][];
  countries: PlaneCountryRecord[];
  borders: number[];
}

/**
 * Grid to pixels: a pixel is `grid × k + [x, y]`. The grid is already projected, so a fit to
 * any size is this much and no more. `projection`, `step` and `origin` place venues.
 */
export interface RegionProjection {
  k: number;
  x: number;
  y: number;
  /** The region's projection; absent means Mercator. */
  projection?: PlaneProjectionName;
  /** Its plane, when not Mercator's (see `PlaneRegion.planeXY`). */
  planeXY?: PlaneXY;
  step: number;
  origin: [number, number];
}

/** A position on screen in pixels, `[x, y]`. */
export type ScreenPoint = [number, number];

/** A pixel rectangle, `[[left, top], [right, bottom]]`. */
export type ScreenBounds = [ScreenPoint, ScreenPoint];

/** A box on screen: left, top, right, bottom, in pixels. */
export type Box = readonly [number, number, number, number];

/** A country ready to draw: everything a component renders, in pixels. */
export interface ProjectedCountry {
  id: string;
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
