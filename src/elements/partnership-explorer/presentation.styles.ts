import { css } from 'lit';

/**
 * The presenter bar's styles and presentation's: the explorer adopts them with the code that
 * presents (`presenting.ts`), the first time it presents or plays.
 */
export const presentationStyles = css`
  .presenter {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .presenter button {
    min-width: 2.2em;
    min-height: 2.2em;
  }
  .presenter .play[aria-pressed='true'] {
    background: var(--pw-color-accent);
    border-color: var(--pw-color-accent);
    color: var(--pw-color-accent-text);
  }
  .progress-text {
    min-width: 6em;
    font-variant-numeric: tabular-nums;
  }
  progress {
    width: 8em;
    accent-color: var(--pw-color-accent);
  }

  /* Presentation: a slide that fills its box (the screen, in full screen or on the
     single-file page) with nothing to scroll: projector-friendly contrast, and type that
     scales with the screen's height, its smallest line at 2.25 % of it so that the back of
     the room can read it (15.5 px at 720p). Only what the audience needs is shown. */
  :host([presentation]) {
    --pw-color-text: #000000;
    --pw-color-text-muted: #2b2f38;
    --pw-color-surface: #eef0f3;
    --pw-color-accent: #08457e;
    --pw-color-span: #08457e;
    --pw-color-land: #d9d6cc;
    --pw-color-country-low: #a9cbee;
    --pw-color-country-high: #062f5c;
    --pw-color-country-outline: #000000;
    --pw-color-selected: #c00000;
    --pw-color-focus: #c00000;
    --pw-color-marker: #c00000;
    --pw-map-label-size: 1em;
    --pw-map-label-shrink: 1;
    /* Sized by its own box, so cqh below is a share of the slide's height. */
    container-type: size;
    height: 100%;
    /* A page that gives no height still gets a usable slide, not a collapsed box. */
    min-height: 30em;
    overflow: hidden;
  }
  :host([presentation]) .explorer {
    --pw-font-size: max(0.875rem, 2.2cqh);
    font-size: var(--pw-font-size);
    height: 100%;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: 0.4em;
    padding: 0.4em 0.8em;
  }
  :host([presentation]) header h2 {
    font-size: 1.2em;
    margin: 0;
  }
  :host([presentation]) .controls,
  :host([presentation]) .summary,
  :host([presentation]) .download,
  :host([presentation]) .clear {
    display: none;
  }
  :host([presentation]) .views:not(.as-table) {
    min-height: 0;
    grid-template-columns: minmax(0, 5fr) minmax(0, 4fr);
    grid-template-rows: minmax(0, 1fr) auto;
    grid-template-areas: 'map details' 'timeline timeline';
    gap: 0.5em 1em;
  }
  :host([presentation]) .timeline {
    height: 30cqh;
    /* The timeline's smallest text is 0.75em of its own size: at the slide's base size. */
    font-size: calc(var(--pw-font-size) / 0.75);
  }
  /* The presenter steps through the collaborations; grouping and year controls are the
     explorer's, not the audience's. */
  :host([presentation]) .timeline::part(toolbar),
  :host([presentation]) .timeline::part(scrubber) {
    display: none;
  }
  :host([presentation]) .presenter {
    flex-wrap: wrap;
  }
  :host([presentation]) progress {
    width: 5em;
  }
  :host([presentation]) .map {
    min-height: 0;
  }
  :host([presentation]) .map::part(legend) {
    font-size: 1em;
  }
  /* 4:3: the compact timeline (marks, and the step's name) leaves the step's text more room. */
  @container (aspect-ratio < 3 / 2) {
    :host([presentation]) .views:not(.as-table) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    :host([presentation]) .timeline {
      height: 14cqh;
    }
    :host([presentation]) .details {
      padding: 0.4em 0.6em;
    }
  }
  /* Portrait kiosks: map, step and timeline stacked, the map on at least 30 % of the height;
     the step's own title heads the slide. */
  @container (orientation: portrait) {
    :host([presentation]) .views:not(.as-table) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: 30cqh minmax(0, 1fr) auto;
      grid-template-areas: 'map' 'details' 'timeline';
    }
    :host([presentation]) .timeline {
      height: 9cqh;
    }
    /* At this type size the step's text is the slide: when, where and the venue are read
       from the timeline's callout and the framed map (a test walks every step). */
    :host([presentation]) header h2,
    :host([presentation]) .map::part(legend),
    :host([presentation]) .on-map {
      display: none;
    }
    :host([presentation]) .presenter button {
      min-width: 1.6em;
      min-height: 1.6em;
    }
    /* What is sourced stays unmarked; what is inferred keeps its badge. */
    :host([presentation]) .badge:not(.inferred) {
      display: none;
    }
    :host([presentation]) .explorer {
      --pw-font-size: max(0.875rem, 2.16cqh);
      line-height: 1.22;
    }
    :host([presentation]) .details h3 {
      font-size: 1.3em;
    }
  }
  :host([presentation]) .details {
    max-height: none;
    min-height: 0;
  }
  :host([presentation]) .details h3 {
    font-size: 1.5em;
    line-height: 1.15;
  }
  /* A step is a slide, read from afar: its summary, when, who and where, and its sources
     cited by publisher and date; the notes, the full source titles and the map's own
     controls stay in the explorer. Inferred facts keep their marks (badge, tags). */
  :host([presentation]) :is(.note, .confidence, .source-title),
  :host([presentation]) .map::part(controls) {
    display: none;
  }
  :host([presentation]) :is(.inline-list, .sources) {
    display: inline;
    padding: 0;
  }
  :host([presentation]) :is(.inline-list, .sources) li {
    display: inline;
  }
  :host([presentation]) :is(.inline-list, .sources) li + li::before {
    content: ' · ';
  }
  :host([presentation]) .sources {
    color: var(--pw-color-text-muted);
  }
  :host([presentation]) .details h4 {
    display: inline;
  }
  :host([presentation]) .details h4::after {
    content: ': ';
  }
  /* No line smaller than the slide's base size. */
  :host([presentation]) :is(.meta, .sources, .source-refs, .badge, .note, .details h4) {
    font-size: 1em;
  }
  .icon {
    display: block;
  }
  :host(:fullscreen) {
    width: 100vw;
    height: 100vh;
  }
`;
