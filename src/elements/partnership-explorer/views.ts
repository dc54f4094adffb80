import { html, nothing, type TemplateResult } from 'lit';
import type { PresenterController } from '../../controllers/presenter-controller.js';
import type { Messages } from '../../i18n/messages.js';

/** Views the page placed inside the explorer, directly or deeper in its own layout. */
export const CUSTOM_VIEWS =
  ':scope > partnership-map, :scope > partnership-timeline, :scope > partnership-table, :scope > * partnership-map, :scope > * partnership-timeline, :scope > * partnership-table';

/** What the explorer's views show: which ones, and how. */
export interface ViewsView {
  messages: Messages;
  /** The page placed its own views inside the explorer (`CUSTOM_VIEWS`): they are slotted. */
  custom: boolean;
  /** The table instead of map and timeline: asked for, or the map cannot be drawn. */
  table: boolean;
  /** False when none of the dataset's countries has a shape: the table says so. */
  mapDrawable: boolean;
  groupBy: 'kind' | 'partner';
  presentation: boolean;
  /** Presenting on a slide narrower than 3:2: the map and timeline name less. */
  compact: boolean;
  /** The details panel's content; the panel sits between the map and the timeline. */
  details: TemplateResult;
  /** Swipes on the details panel step the show, once it has loaded. */
  presenter: PresenterController | undefined;
  /** Told when the page's slotted views change. */
  slotChange(): void;
}

/**
 * The map, the details and the timeline, or the table and the details; or the page's own
 * views, slotted. The views take dataset, language, year, selection and filter from the
 * explorer's context, like views a page places inside it; their requests reach the explorer's
 * one listener on its host.
 */
export function renderViews(view: ViewsView) {
  const { table, presentation, presenter } = view;
  const details = html`<aside
    class="details"
    part="details"
    aria-labelledby="details-title"
    @pointerdown=${presenter?.onSwipeStart}
    @pointerup=${presenter?.onSwipeEnd}
    @pointercancel=${presenter?.onSwipeCancel}
  >
    ${view.details}
  </aside>`;
  if (view.custom)
    return html`<div class="custom"><slot @slotchange=${() => view.slotChange()}></slot></div>
      ${details}`;
  return html`<div class="views ${table ? 'as-table' : ''}">
    ${
      table
        ? html`${
              view.mapDrawable
                ? nothing
                : html`<p class="notice" part="notice">${view.messages.mapUnavailable}</p>`
            } <partnership-table part="table" class="table" data-nested></partnership-table>`
        : html`<partnership-map
            part="map"
            class="map"
            data-nested
            ?fit=${presentation}
            ?compact=${view.compact}
            ?frame-selection=${presentation}
          ></partnership-map>`
    }
    ${details}
    ${
      table
        ? nothing
        : html`<partnership-timeline
            part="timeline"
            class="timeline"
            data-nested
            group-by=${view.groupBy}
            orientation=${presentation ? 'horizontal' : 'auto'}
            ?fit=${presentation}
            ?compact=${view.compact}
          ></partnership-timeline>`
    }
  </div>`;
}
