import type { DatasetIndex, Selection } from '../../data/queries.js';
import type { Collaboration, Country } from '../../data/types.js';
import {
  fitRegion,
  frameBox,
  IDENTITY_ZOOM,
  projectBorders,
  projectCountries,
  projectPoint,
  westToEastOrder,
  type PlaneRegion,
  type ProjectedCountry,
  type RegionProjection,
  type ScreenPoint,
  type ZoomState,
} from '../../geo/index.js';
import { memo } from '../shared/memo.js';

/** The map's geometry for one dataset, map file and size: projected once, read by every render. */
export interface MapLayout {
  projection: RegionProjection;
  /** Width and height the geometry (and the labels after it) were laid out for. */
  frame: [number, number];
  /** Every country of the map file, each flagged `focus` when the dataset has it. */
  countries: ProjectedCountry[];
  /**
   * The countries drawn as context only, as one path: one element instead of dozens in a
   * prerendered page and in every render, since none of them is interactive.
   */
  neighboursPath: string;
  /** The dataset's countries: the options of the listbox. */
  focusCountries: ProjectedCountry[];
  /** Their ids west to east, the order the arrow keys follow. */
  order: string[];
  bordersPath: string;
}

export interface VenueMarker {
  key: string;
  point: ScreenPoint;
  collaboration: Collaboration;
  /** The venue's city, in the reader's language: the tooltip's line and a named venue's name. */
  city: { text: string; lang: string };
  /**
   * The venue lies outside every country the map is about (Abidjan, in Côte d'Ivoire): no
   * country name tells where it is, so the marker names its city.
   */
  named: boolean;
}

/**
 * Projects the map file to `width` × `height`, framing the dataset's countries (or, when the
 * file has none of them, all of its own).
 */
export function layoutMap(
  index: DatasetIndex,
  region: PlaneRegion,
  width: number,
  height: number,
): MapLayout {
  const partnerIds = new Set(index.dataset.countries.map((country) => country.id));
  const drawable = region.countries.some((country) => partnerIds.has(country.id));
  const projection = fitRegion(
    region,
    drawable ? partnerIds : new Set(region.countries.map((country) => country.id)),
    width,
    height,
    Math.min(width, height) * 0.06,
  );
  const countries = projectCountries(region, projection).map((country) => ({
    ...country,
    focus: partnerIds.has(country.id),
  }));
  const focusCountries = countries.filter((country) => country.focus);
  return {
    projection,
    frame: [width, height],
    countries,
    neighboursPath: countries
      .filter((country) => !country.focus)
      .map((country) => country.path)
      .join(''),
    focusCountries,
    order: westToEastOrder(focusCountries),
    bordersPath: projectBorders(region, projection),
  };
}

/** A marker for each collaboration with a venue the projection places. */
export function venueMarkers(
  collaborations: readonly Collaboration[],
  projection: RegionProjection,
  index: DatasetIndex,
  localizeCity: (city: NonNullable<Collaboration['venue']>['city']) => { text: string; lang: string },
): VenueMarker[] {
  const markers: VenueMarker[] = [];
  for (const collaboration of collaborations) {
    const { venue } = collaboration;
    if (!venue) continue;
    const point = projectPoint(projection, venue.coordinates);
    const named = !index.countries.has(venue.country);
    if (point) {
      markers.push({ key: collaboration.id, point, collaboration, city: localizeCity(venue.city), named });
    }
  }
  return markers;
}

/**
 * One marker per distinct place (and naming), which the country names keep clear of: names
 * avoid each place once, however many collaborations met there. The function returned gives
 * the same array while the places stay the same, so that a year change that keeps them
 * (thousands of records, a few cities) places no name anew.
 */
export function distinctPlaces(): (markers: readonly VenueMarker[]) => readonly VenueMarker[] {
  let key = '';
  let places: readonly VenueMarker[] = [];
  return memo((markers: readonly VenueMarker[]) => {
    const distinct = new Map<string, VenueMarker>();
    for (const marker of markers) {
      const at = `${Math.round(marker.point[0] * 10)},${Math.round(marker.point[1] * 10)},${marker.named}`;
      if (!distinct.has(at)) distinct.set(at, marker);
    }
    const next = [...distinct.keys()].sort().join(' ');
    if (next !== key) {
      key = next;
      places = [...distinct.values()];
    }
    return places;
  });
}

/** The zoom that frames the selection, or the whole region. */
export function selectionZoom(
  layout: MapLayout,
  index: DatasetIndex,
  selection: Selection | null,
  maxZoom: number,
): ZoomState {
  const collaboration =
    selection?.kind === 'collaboration' ? index.collaborations.get(selection.id) : undefined;
  const venue = collaboration?.venue;
  const ids = new Set(selection?.kind === 'country' ? [selection.id] : (collaboration?.countries ?? []));
  // A venue with no country of its own is shown with the country around it.
  if (venue && !ids.size) ids.add(venue.country);
  const points = layout.countries
    .filter((country) => ids.has(country.id))
    .flatMap((country) => country.bounds);
  const point = venue && projectPoint(layout.projection, venue.coordinates);
  if (point) points.push(point);
  if (!points.length) return IDENTITY_ZOOM;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return frameBox(
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    layout.frame,
    maxZoom,
  );
}

/** The dataset's countries that the map file has no outline of, with their place in the dataset. */
export function offMapCountries(
  countries: readonly Country[],
  region: PlaneRegion,
): { id: string; index: number }[] {
  const ids = new Set(region.countries.map((country) => country.id));
  return countries.flatMap((country, index) => (ids.has(country.id) ? [] : [{ id: country.id, index }]));
}
