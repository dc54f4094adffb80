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
  .details {
    touch-action: pan-y;
  }
  .custom {
    display: contents;
  }
  .print-only {
    display: none;
  }

  /* Scripting off (a reader's choice): the list of collaborations with their sources stands
     in for the details a click would show, and the controls that need a script are hidden. */
  @media (scripting: none) {
    .print-only {
      display: block;
    }
    .views:not(.as-table) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'map' 'timeline';
    }
    .controls,
    .download,
    .details,
    .map::part(controls),
    .timeline::part(toolbar),
    .timeline::part(scrubber) {
      display: none;
    }
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
