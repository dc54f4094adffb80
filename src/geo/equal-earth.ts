/**
 * Equal Earth, in a module of its own: the page loads it only with a map file drawn in it
 * (through `src/geo/load-geometry.ts`), so the bundle, which draws the bundled Mercator map, does not
 * carry it.
 */

const DEGREES = 180 / Math.PI;

// Equal Earth's polynomial coefficients (Šavrič, Patterson and Jenny, 2018), as in d3-geo.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;

/**
 * Equal Earth on the unit sphere, in degrees (radians × 180/π) so its numbers are of the same
 * size as Mercator's, with y growing southwards. Central meridian 0: world-atlas is cut at
 * the antimeridian already, so no outline needs clipping.
 */
export function equalEarth(longitude: number, latitude: number): [number, number] {
  const lambda = longitude / DEGREES;
  const l = Math.asin(M * Math.sin(latitude / DEGREES));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const x = (lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
  const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
  return [x * DEGREES, -y * DEGREES];
}
