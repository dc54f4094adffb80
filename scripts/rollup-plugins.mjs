import { fileURLToPath } from 'node:url';

const stubs = {
  'd3-transition': fileURLToPath(new URL('../src/vendor/d3-transition-stub.js', import.meta.url)),
  'd3-interpolate': fileURLToPath(new URL('../src/vendor/d3-interpolate-stub.js', import.meta.url)),
};

/**
 * Resolves d3-zoom's animation dependencies (`d3-transition`, `d3-interpolate`) to small
 * stubs; the stubs say why. Used by the bundle and by the dev server and tests, so what is
 * tested is what ships.
 */
export function d3WithoutTransitions() {
  return {
    name: 'd3-without-transitions',
    resolveId(source) {
      return Object.hasOwn(stubs, source) ? stubs[source] : null;
    },
  };
}
