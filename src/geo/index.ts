export type {
  PlaneCountryRecord,
  PlaneRegion,
  PlaneRegionFile,
  ProjectedCountry,
  RegionProjection,
  ScreenBounds,
  ScreenPoint,
} from './types.js';
export type { GridFrame, PlaneProjectionName } from './grid.js';
export { equalEarth, toGrid } from './grid.js';
export { decodeRegion } from './decode.js';
export { defaultRegion, regionPlane } from './region.js';
export { fitRegion } from './fit.js';
export { projectBorders, projectCountries, projectPoint } from './project.js';
export { westToEastOrder } from './order.js';
export { minimumTargetRadius } from './hitArea.js';
export { LINE_HEIGHT, labelBox, placeLabels } from './label-placement.js';
export type { Box, LabelSite, PlacedLabel, PlacementOptions } from './label-placement.js';
export {
  IDENTITY_ZOOM,
  applyZoom,
  easeCubic,
  frameBox,
  interpolateZoom,
  isIdentityZoom,
  panBy,
  scaleAround,
  wheelFactor,
  zoomToString,
} from './zoom.js';
export type { ZoomState } from './zoom.js';
