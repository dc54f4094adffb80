import { css } from 'lit';

/**
 * Theme defaults live on `:host` so a page restyles every element with custom properties.
 * Views nested in an explorer (`data-nested`) skip them and inherit the explorer's theme.
 * Colours meet 4.5:1 for text and 3:1 for shapes against the default background.
 */
export const themeStyles = css`
  :host(:not([data-nested])) {
    --pw-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --pw-font-size: 1rem;
    --pw-color-text: #1b1f2a;
    --pw-color-text-muted: #4a5263;
    --pw-color-background: #ffffff;
    --pw-color-surface: #f4f5f7;
    --pw-color-accent: #0b5cad;
    --pw-color-accent-text: #ffffff;
    --pw-color-focus: #b3261e;
    --pw-color-selected: #b3261e;
    --pw-color-land: #e6e4dc;
    --pw-color-land-border: #ffffff;
    --pw-color-country-low: #cfe3f5;
    --pw-color-country-high: #0b4a8b;
    --pw-color-country-outline: #2d3748;
    --pw-color-inferred: #6b4e00;
    --pw-color-marker: #b3261e;
    --pw-color-span: #0b5cad;
    --pw-color-event: #7a3e9d;
    --pw-color-dim: #7a8291;
    --pw-color-dim-fill: #e4e7ec;
    --pw-radius: 6px;
  }
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--pw-font-family);
    font-size: var(--pw-font-size);
    color: var(--pw-color-text);
    background: var(--pw-color-background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
    color: var(--pw-color-text);
    background: var(--pw-color-surface);
    border: 1px solid var(--pw-color-text-muted);
    border-radius: var(--pw-radius);
    padding: 0.25em 0.6em;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--pw-color-text);
  }
  :focus-visible {
    outline: 3px solid var(--pw-color-focus);
    outline-offset: 2px;
  }
  .status,
  .error {
    padding: 1em;
    border-radius: var(--pw-radius);
    background: var(--pw-color-surface);
  }
  .error {
    border-left: 4px solid var(--pw-color-focus);
  }
  .error p {
    margin: 0 0 0.5em;
  }
  .error-issues {
    margin: 0 0 0.75em;
    padding-left: 1.2em;
    max-height: 16em;
    overflow: auto;
  }
  .error-path {
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    width: max-content;
    max-width: min(18em, 100%);
    padding: 0.4em 0.6em;
    border-radius: var(--pw-radius);
    background: var(--pw-color-text);
    color: var(--pw-color-background);
    font-size: 0.875em;
    line-height: 1.3;
    z-index: 2;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
