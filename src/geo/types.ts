import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** What the map needs to know of a country besides its shape. */
export interface CountryProperties {
  /** English name: a fallback only, since the component labels countries from the dataset. */
  name: string;
  /** One of the countries the map is about, rather than context around them. */
  focus: boolean;
}

/** A country as GeoJSON, keyed like the dataset by ISO 3166-1 alpha-3 (`BEN`). */
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id: string };

/** The shape of `data/region.topo.json`, as `scripts/build-geo.mjs` writes it. */
export type RegionTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

export interface RegionFeatures {
  countries: CountryFeature[];
  /** Borders between two countries, each once, so shared borders are not drawn twice. */
  borders: GeoJSON.MultiLineString;
}

/** A position on screen in pixels, `[x, y]`. */
export type ScreenPoint = [number, number];

/** A pixel rectangle, `[[left, top], [right, bottom]]`, as d3-geo returns bounds. */
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
  /** Where the label goes: the centre of the largest part, see `labelPosition`. */
  label: ScreenPoint;
  bounds: ScreenBounds;
  /** Projected area in square pixels. */
  area: number;
}
