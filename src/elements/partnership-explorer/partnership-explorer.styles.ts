import { css } from 'lit';

export const explorerStyles = css`
  :host {
    container-type: inline-size;
  }
  .explorer {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  header h2 {
    margin: 0 0 0.25em;
    font-size: 1.35em;
    line-height: 1.2;
  }
  .summary {
    margin: 0 0 0.5em;
    color: var(--pw-color-text-muted);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
  }
  .filter-label {
    margin-right: 0.25em;
    font-weight: 600;
  }
  .chip {
    border-radius: 999px;
    padding: 0.2em 0.75em;
    min-height: 2em;
  }
  .chip[aria-pressed='true'] {
    background: var(--pw-color-accent);
    border-color: var(--pw-color-accent);
    color: var(--pw-color-accent-text);
  }
  .views {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'map' 'details' 'timeline';
    gap: 1em;
  }
  @container (min-width: 820px) {
    .views {
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
      grid-template-areas: 'map details' 'timeline timeline';
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em 1.5em;
  }
  .view-switch,
  .download {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
  }
  .view-switch .chip[aria-pressed='true'] {
    background: var(--pw-color-accent);
    border-color: var(--pw-color-accent);
    color: var(--pw-color-accent-text);
  }
  .views.as-table {
    grid-template-areas: 'notice' 'table' 'details';
  }
  @container (min-width: 820px) {
    /* The table needs the whole width; the details follow it. */
    .views.as-table {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'notice' 'table' 'details';
    }
  }
  .table {
    grid-area: table;
    min-width: 0;
  }
  .notice {
    grid-area: notice;
    margin: 0;
  }
  .map {
    grid-area: map;
  }
  .timeline {
    grid-area: timeline;
  }
  .details {
    grid-area: details;
    padding: 0.75em 1em;
    border-radius: var(--pw-radius);
    background: var(--pw-color-surface);
    overflow-wrap: anywhere;
    max-height: 36em;
    overflow: auto;
  }
  .details h3 {
    margin: 0 0 0.4em;
    font-size: 1.15em;
  }
  .details h4 {
    margin: 0.9em 0 0.3em;
    font-size: 0.95em;
  }
  .details p {
    margin: 0 0 0.5em;
  }
  .details ul {
    margin: 0;
    padding-left: 1.1em;
  }
  .details li {
    margin-bottom: 0.3em;
  }
  .inline-list {
    list-style: none;
    padding: 0 !important;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0.5em 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .hint {
    color: var(--pw-color-text-muted);
  }
  .meta {
    display: block;
    font-size: 0.875em;
    color: var(--pw-color-text-muted);
  }
  /* Other years' collaborations are told apart by colour, not opacity: a translucent link
     fell to 4.06:1 on the panel, under the 4.5:1 text needs. */
  .not-current,
  .not-current button.link {
    color: var(--pw-color-text-muted);
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
  }
  .badge.inferred,
  .inferred-tag {
    color: var(--pw-color-inferred);
    border-style: dashed;
    font-style: italic;
  }
  .membership.inferred,
  .summary-text.inferred {
    border-left: 3px dashed var(--pw-color-inferred);
    padding-left: 0.5em;
  }
  .kind {
    font-weight: 600;
    margin-right: 0.5em;
  }
  .note {
    font-size: 0.9em;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--pw-color-accent);
    text-decoration: underline;
    text-align: start;
    min-height: 24px;
  }
  a {
    color: var(--pw-color-accent);
  }
  .sources {
    font-size: 0.875em;
  }
  .source-refs {
    font-size: 0.85em;
    color: var(--pw-color-text-muted);
  }
  .clear {
    margin-top: 0.75em;
  }

  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
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
  .details {
    touch-action: pan-y;
  }
  .custom {
    display: contents;
  }
  .print-only {
    display: none;
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

  @media print {
    :host {
      --pw-color-background: #ffffff;
      --pw-color-text: #000000;
      --pw-color-text-muted: #000000;
      --pw-color-surface: #ffffff;
      --pw-color-country-low: #d9d9d9;
      --pw-color-country-high: #404040;
      --pw-color-land: #f2f2f2;
      --pw-color-country-outline: #000000;
      --pw-color-selected: #000000;
      --pw-color-marker: #000000;
      --pw-color-accent: #000000;
      --pw-color-span: #404040;
      --pw-color-event: #000000;
      --pw-color-inferred: #000000;
    }
    .controls,
    .presenter,
    .timeline,
    .details button {
      display: none !important;
    }
    .views {
      display: block;
    }
    .details {
      max-height: none;
      overflow: visible;
      background: none;
      padding: 0;
    }
    .print-only {
      display: block;
      break-before: auto;
    }
    .print-only li {
      break-inside: avoid;
      margin-bottom: 0.35em;
    }
  }
`;
