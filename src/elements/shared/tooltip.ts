import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';

/** Where a tooltip goes: its anchor in the view's box, and how it sits against it. */
export interface TooltipPlace {
  left: number;
  top: number;
  transform: string;
}

/**
 * The views' one tooltip: a title and lines, shown on hover and focus. It is hidden from
 * assistive technology, because each item's accessible name already says all of it.
 */
export function renderTooltip(
  title: { text: string; lang?: string | typeof nothing },
  lines: readonly unknown[],
  place: TooltipPlace,
): TemplateResult {
  return html`<div
    class="tooltip"
    part="tooltip"
    aria-hidden="true"
    style=${styleMap({ left: `${place.left}px`, top: `${place.top}px`, transform: place.transform })}
  >
    <strong class="tooltip-title" lang=${title.lang ?? nothing}>${title.text}</strong>
    ${lines.map((line) => html`<span class="tooltip-line">${line}</span>`)}
  </div>`;
}
