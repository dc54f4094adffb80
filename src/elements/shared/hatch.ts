import { nothing, svg, type SVGTemplateResult } from 'lit';

/**
 * The hatching that marks what is inferred rather than reported, so that it does not depend
 * on colour: one definition for the map, the timeline and the exported legend. Each view's
 * styles give `.hatch-line` (and `.hatch-ground`) their paint.
 */
export const HATCH = { size: 6, rotate: 45 } as const;

/**
 * The `<pattern>` to place in a view's `<defs>`. `ground` paints the cell first, for marks
 * whose fill the hatching replaces; `scale` keeps the lines' spacing on screen under a zoom.
 */
export function hatchPattern(
  id: string,
  { ground = false, scale }: { ground?: boolean; scale?: number } = {},
) {
  const transform = `rotate(${HATCH.rotate})${scale === undefined ? '' : ` scale(${scale})`}`;
  return svg`<pattern id=${id} patternUnits="userSpaceOnUse" width=${HATCH.size} height=${HATCH.size} patternTransform=${transform}>${
    ground ? svg`<rect class="hatch-ground" width=${HATCH.size} height=${HATCH.size}></rect>` : nothing
  }<line class="hatch-line" x1="0" y1="0" x2="0" y2=${HATCH.size}></line></pattern>` as SVGTemplateResult;
}
