import { css } from 'lit';

/**
 * Thumb size must match `THUMB` in timeline-controls.ts, which aligns the scrubber with the axis.
 * Text sizes are in em of the host's font size, and `LABEL_EM` in metrics.ts must match
 * that of item labels: the layout measures them.
 */
export const timelineStyles = css`
  :host {
    --pw-timeline-dim-opacity: 0.3;
  }
  /* 1em tall and taking no room: its size follows the host's width and font size. */
  .sizer {
    flex: none;
    height: 1em;
    margin-bottom: -1em;
    visibility: hidden;
  }
  /* Fit: the plot takes what the toolbar, axis and scrubber leave of the host's height. */
  :host([fit]:not([hidden])) {
    display: flex;
    flex-direction: column;
    container: pw-timeline / inline-size;
  }
  :host([fit]) .base,
  :host([fit]) .chart,
  :host([fit]) .plot-frame {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  :host([fit]) .toolbar {
    margin-bottom: 0.25em;
  }
  /* Narrow for its font, the toolbar keeps to one line: its labels are for screen readers only. */
  @container pw-timeline (max-width: 36em) {
    .toolbar-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
    }
  }
  /* The scrubber's track lies on the axis line. */
  :host([fit]) .scrubber {
    margin-top: -13px;
    padding: 0;
  }
  .base {
    position: relative;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
  }
  .group-by,
  .year-control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
  }
  button[aria-pressed='true'] {
    background: var(--pw-color-accent);
    border-color: var(--pw-color-accent);
    color: var(--pw-color-accent-text);
  }
  .year-value {
    min-width: 3em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .chart {
    position: relative;
  }
  .static {
    overflow-x: auto;
  }
  .plot-frame {
    position: relative;
  }
  /* Above VIRTUALISE_ABOVE items: a bounded area whose visible part alone is drawn. */
  .scroller {
    max-height: var(--pw-timeline-max-height, 36em);
    overflow-x: hidden;
    overflow-y: auto;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .axis text,
  .tick-label {
    font-size: 0.75em;
    fill: var(--pw-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .tick-label.current {
    fill: var(--pw-color-text);
    font-weight: 700;
  }
  .axis-line,
  .tick {
    stroke: var(--pw-color-text-muted);
    stroke-width: 1;
  }
  .year-pointer {
    fill: var(--pw-color-accent);
  }
  .grid {
    stroke: var(--pw-color-surface);
    stroke-width: 1;
  }
  .lane-band {
    fill: var(--pw-color-surface);
  }
  .lane-band ~ .grid {
    stroke: var(--pw-color-background);
  }
  .lane-label {
    font-size: 0.8125em;
    font-weight: 600;
    fill: var(--pw-color-text);
  }

  /* Scrubber: drawn by us so that the thumb has a known size and lines up with the years. */
  .scrubber {
    padding: 2px 0 6px;
  }
  input[type='range'] {
    display: block;
    width: 100%;
    height: 24px;
    margin: 0;
    background: transparent;
    -webkit-appearance: none;
    appearance: none;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 4px;
    border-radius: 2px;
    background: var(--pw-color-text-muted);
  }
  input[type='range']::-moz-range-track {
    height: 4px;
    border-radius: 2px;
    background: var(--pw-color-text-muted);
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    appearance: none;
    box-sizing: border-box;
    width: 16px;
    height: 16px;
    margin-top: -6px;
    border-radius: 50%;
    border: 2px solid var(--pw-color-accent);
    background: var(--pw-color-accent);
  }
  input[type='range']::-moz-range-thumb {
    box-sizing: border-box;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    border: 2px solid var(--pw-color-accent);
    background: var(--pw-color-accent);
  }
  /* All years: a hollow thumb, so that "no year" does not look like the first year. */
  input[type='range'].all-years::-webkit-slider-thumb {
    background: var(--pw-color-background);
  }
  input[type='range'].all-years::-moz-range-thumb {
    background: var(--pw-color-background);
  }

  .year-band {
    fill: var(--pw-color-accent);
    fill-opacity: 0.08;
  }
  .year-line {
    stroke: var(--pw-color-accent);
    stroke-width: 2;
  }
  .year-marker {
    pointer-events: none;
  }

  .item {
    cursor: pointer;
    outline: none;
    transition: opacity 150ms ease-out;
  }
  .hit {
    fill: transparent;
  }
  .mark {
    stroke: var(--pw-color-background);
    stroke-width: 1;
  }
  .span .mark {
    fill: var(--pw-color-span);
  }
  .event .mark {
    fill: var(--pw-color-event);
  }
  /* Inferred: hatched and dashed, so that it does not depend on colour. */
  .inferred .mark {
    fill: var(--pw-color-background);
    stroke: var(--pw-color-inferred);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .hatch {
    fill: url(#hatch);
    pointer-events: none;
  }
  .inferred.event .mark {
    fill: url(#hatch);
  }
  .hatch-ground {
    fill: var(--pw-color-background);
  }
  .hatch-line {
    stroke: var(--pw-color-inferred);
    stroke-width: 2;
  }
  .mark-label {
    font-size: 0.75em;
    fill: var(--pw-color-accent-text);
    pointer-events: none;
  }
  svg.clip {
    overflow: hidden;
  }
  .mark-label.outside {
    fill: var(--pw-color-text);
  }
  .plate {
    fill: var(--pw-color-background);
    stroke: var(--pw-color-selected);
    stroke-width: 1.5;
  }
  .callout {
    pointer-events: none;
  }
  .inferred .mark-label {
    fill: var(--pw-color-text);
    paint-order: stroke;
    stroke: var(--pw-color-background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .highlighted .mark {
    stroke: var(--pw-color-text);
    stroke-width: 2;
  }
  .selected .mark {
    stroke: var(--pw-color-selected);
    stroke-width: 3;
  }
  .selected .item-title {
    font-weight: 700;
  }
  /* Dimmed items fade their marks, not their text: labels keep at least 4.5:1 contrast. */
  .dimmed .mark {
    fill: var(--pw-color-dim-fill);
    stroke: var(--pw-color-dim);
  }
  .dimmed.event .mark {
    fill: var(--pw-color-dim);
  }
  .dimmed .hatch {
    opacity: var(--pw-timeline-dim-opacity);
  }
  .dimmed .mark-label {
    fill: var(--pw-color-text-muted);
  }
  .focus-ring {
    fill: none;
    stroke: var(--pw-color-focus);
    stroke-width: 3;
    visibility: hidden;
    pointer-events: none;
  }
  .item:focus-visible .focus-ring {
    visibility: visible;
  }
  .item:focus-visible {
    opacity: 1;
  }
  .leader {
    fill: none;
    stroke: var(--pw-color-text-muted);
    stroke-width: 1;
  }
  .item-title {
    font-size: 0.8125em;
    fill: var(--pw-color-text);
  }
  .item-meta {
    font-size: 0.75em;
    fill: var(--pw-color-text-muted);
  }
  .empty {
    margin: 1em 0;
    color: var(--pw-color-text-muted);
  }
  @media (forced-colors: active) {
    .mark {
      stroke: CanvasText;
    }
    .mark-label,
    .dimmed .mark-label {
      fill: CanvasText;
      stroke: none;
    }
    .span .mark,
    .dimmed .mark,
    .inferred .mark {
      fill: Canvas;
    }
    .event .mark {
      fill: CanvasText;
    }
    .highlighted .mark,
    .selected .mark {
      stroke: Highlight;
      stroke-width: 4;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .plate {
      fill: Canvas;
      stroke: Highlight;
    }
    .year-line {
      stroke: Highlight;
    }
  }
  /* Compact: the marks, and the selected item's callout as the only name shown. */
  :host([compact]) .lane-label,
  :host([compact]) .mark-label {
    display: none;
  }
  :host([compact]) .callout .mark-label {
    display: inline;
  }
`;
