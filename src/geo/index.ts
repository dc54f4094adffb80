export type {
  CountryFeature,
  CountryProperties,
  ProjectedCountry,
  RegionFeatures,
  RegionTopology,
  ScreenBounds,
  ScreenPoint,
} from './types.js';
export { regionFeatures } from './features.js';
export { defaultRegion, regionTopology } from './region.js';
export { fitRegionProjection } from './projection.js';
export { projectBorders, projectCountries, projectPoint } from './project.js';
export { labelPosition } from './labels.js';
export { westToEastOrder } from './order.js';
export { minimumTargetRadius } from './hitArea.js';
export { placeLabels } from './label-placement.js';
export type { PlacedLabel } from './label-placement.js';
