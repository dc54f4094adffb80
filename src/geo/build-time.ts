/**
 * What builds map files, for `scripts/` and the command line: never imported by the
 * elements, since it pulls in d3-geo, topojson-client and topojson-simplify.
 */
export { ALPHABET, encodeNumber } from './encode.js';
export { equalEarth, mercatorY, planeXY, toGrid } from './grid.js';
export { planeRegion } from './plane-region.js';
export { countryGeometry, geometryBox, geometryTouchesBox, simplifyRegion } from './world-region.js';
