/**
 * The build-time geometry code of `src/geo/` for Node scripts and tests: `planeRegion` (a
 * topology to a plane file, see `src/geo/plane-region.ts`), the arc number format and the
 * projections, compiled from the very sources the command line and the bundle use, so the
 * Mercator formula and the base64 alphabet are written once.
 *
 * `npm run build:geo` writes `data/region.plane.json` with it;
 * `tests/node/geo-plane.test.mjs` checks that the committed file is `planeRegion`'s output.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Node 20 cannot import TypeScript, so esbuild bundles the sources into one module, as
// `importSource` in build-helpers.mjs does; but for Node, since topojson-client and
// topojson-simplify have only `main` fields, which esbuild's neutral platform ignores.
// fileURLToPath, not `.pathname`, which keeps a space in the clone's path as `%20`.
const result = await build({
  entryPoints: [fileURLToPath(new URL('../src/geo/build-time.ts', import.meta.url))],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const geo = await import(
  `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
);

export const {
  ALPHABET,
  encodeNumber,
  equalEarth,
  mercatorY,
  planeRegion,
  planeXY,
  toGrid,
  countryGeometry,
  geometryBox,
  geometryTouchesBox,
  simplifyRegion,
} = geo;
