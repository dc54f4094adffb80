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
  .view-switch {
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
  .not-current {
    opacity: 0.8;
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
`;
