import { css, unsafeCSS } from 'lit';
import { SHADE_FILLS } from './shade.js';

/** One rule per shade level for the shapes and the legend swatches, from the shared fills. */
const shadeRules = unsafeCSS(
  SHADE_FILLS.map(
    (fill, level) =>
      `.shade-${level} .shape { fill: ${fill}; } .swatch.shade-${level} { background: ${fill}; }`,
  ).join('\n'),
);

export const mapStyles = css`
  :host {
    position: relative;
  }
  /* With fit the map fills the height its host is given (a presentation slide) instead of
     taking its height from its width. */
  :host([fit]) {
    display: flex;
    flex-direction: column;
  }
  :host([fit]) .stage {
    display: flex;
    flex-direction: column;
    flex: 1 1 0;
    min-height: 0;
  }
  :host([fit]) .frame {
    flex: 1 1 0;
    min-height: 0;
    aspect-ratio: auto;
  }
  /* The buttons query the map's width: under it when narrow, over its corner when wide. */
  .stage {
    position: relative;
    container-type: inline-size;
  }
  .frame {
    position: relative;
    width: 100%;
    aspect-ratio: var(--pw-map-aspect-ratio, 16 / 10);
    overflow: hidden;
    border-radius: var(--pw-radius);
    background: var(--pw-color-sea, #f3f7fb);
    /* The names' size, which the map reads to place them: 12px at the default type size. */
    font-size: var(--pw-map-label-size, 0.75em);
  }
  svg {
    display: block;
    touch-action: none;
    cursor: grab;
  }
  svg:active {
    cursor: grabbing;
  }
  .neighbour {
    fill: var(--pw-color-land);
    /* All neighbours are one path: a country inside another's hole (Lesotho in South
       Africa) is filled by even-odd, where non-zero would cancel it out. */
    fill-rule: evenodd;
  }
  .borders {
    fill: none;
    stroke: var(--pw-color-land-border);
    stroke-width: calc(1px * var(--pw-stroke-scale, 1));
    stroke-linejoin: round;
  }
  .country {
    cursor: pointer;
    outline: none;
  }
  .country .shape {
    stroke: var(--pw-color-country-outline);
    stroke-width: calc(1px * var(--pw-stroke-scale, 1));
    stroke-linejoin: round;
    transition:
      fill 200ms ease,
      opacity 200ms ease;
  }
  .country .target {
    fill: transparent;
  }
  ${shadeRules}
  .hatch {
    fill: url(#inferred-hatch);
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--pw-color-inferred);
    stroke-width: 1.5;
    stroke-opacity: 0.75;
  }
  .country.inferred .shape {
    stroke-dasharray: calc(4px * var(--pw-stroke-scale, 1)) calc(3px * var(--pw-stroke-scale, 1));
  }
  .country.dimmed .shape {
    opacity: 0.45;
  }
  .country.highlighted .shape,
  .country.selected .shape {
    stroke: var(--pw-color-selected);
    stroke-width: calc(2.5px * var(--pw-stroke-scale, 1));
    stroke-dasharray: none;
  }
  .country.selected .shape {
    stroke-width: calc(3.5px * var(--pw-stroke-scale, 1));
  }
  .country:hover .shape {
    stroke-width: calc(2px * var(--pw-stroke-scale, 1));
  }
  .country:focus-visible .shape {
    stroke: var(--pw-color-focus);
    stroke-width: calc(4px * var(--pw-stroke-scale, 1));
    stroke-dasharray: none;
  }
  .label {
    fill: var(--pw-color-text);
    stroke: var(--pw-color-background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: middle;
    pointer-events: none;
  }
  .leader {
    fill: none;
    stroke: var(--pw-color-text);
    stroke-width: 1px;
    stroke-linecap: round;
    filter: drop-shadow(0 0 1px var(--pw-color-background));
  }
  .marker {
    cursor: pointer;
  }
  .marker-target {
    fill: transparent;
  }
  .venue-name {
    font-weight: 400;
  }
  .marker-dot {
    fill: var(--pw-color-marker);
    stroke: var(--pw-color-background);
    stroke-width: 2;
  }
  .marker.selected .marker-dot {
    stroke: var(--pw-color-text);
    stroke-width: 3;
    r: 8px;
  }
  .controls {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  /* On a narrow map the buttons would cover names: they go in a row under it. */
  @container (max-width: 36em) {
    .controls {
      position: static;
      flex-direction: row;
      justify-content: flex-end;
      margin-top: 0.5em;
    }
  }
  .controls button {
    width: 2em;
    height: 2em;
    padding: 0;
    line-height: 1;
    background: var(--pw-color-background);
  }
  .controls .icon {
    display: block;
    width: 0.875em;
    height: 0.875em;
    margin: auto;
  }
  .controls button:disabled {
    cursor: default;
    color: var(--pw-color-text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-items li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--pw-color-country-outline);
    border-radius: 2px;
  }
  .swatch.inferred {
    border-style: dashed;
    background: repeating-linear-gradient(45deg, var(--pw-color-inferred) 0 1.5px, transparent 1.5px 5px);
  }
  @media (forced-colors: active) {
    .country .shape {
      stroke: CanvasText;
    }
    .country.selected .shape,
    .country.highlighted .shape,
    .country:focus-visible .shape {
      stroke: Highlight;
    }
    .marker-dot {
      fill: LinkText;
    }
  }
`;
