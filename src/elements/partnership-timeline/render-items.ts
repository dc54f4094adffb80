import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { isActiveIn, type Lane, type TimelineItem } from '../../time/index.js';
import type { TimelineView } from './timeline-view.js';

/** The listbox's handlers, which the element owns: one set for all items, bound once. */
export interface ItemEvents {
  click(event: MouseEvent): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  focusout(event: FocusEvent): void;
  pointerover(event: PointerEvent): void;
  pointerout(event: PointerEvent): void;
}

/** The class attribute for flags, as Lit's classMap would set it, without its directive. */
function classNames(flags: Record<string, boolean>): string {
  return Object.keys(flags)
    .filter((name) => flags[name])
    .join(' ');
}

/**
 * The items, in either orientation, as a listbox of options in lane groups: one tab stop,
 * arrow keys, and a selection state that Chromium and screen readers report as "selected",
 * which is what choosing an item is. Each option holds what the orientation draws for it.
 */
export function renderItems(view: TimelineView, on: ItemEvents): SVGTemplateResult {
  const { year, geometry, laid } = view;
  const visibleCount = year === null ? laid.firstOf.size : (laid.activeByYear.get(year) ?? 0);
  const drawn = view.drawn.lanes;
  return svg`<g
      class="items"
      role="listbox"
      aria-label=${view.messages.activeCount(visibleCount, year)}
      aria-orientation=${geometry.orientation}
      aria-describedby="help"
      @click=${on.click}
      @keydown=${on.keydown}
      @focusin=${on.focusin}
      @focusout=${on.focusout}
      @pointerover=${on.pointerover}
      @pointerout=${on.pointerout}
    >
      ${repeat(
        geometry.layout.lanes.filter((lane) => drawn.has(lane.key)),
        (lane) => lane.key,
        (lane) => renderLane(view, lane, drawn.get(lane.key)!),
      )}
    </g>`;
}

function renderLane(view: TimelineView, lane: Lane, items: TimelineItem[]): SVGTemplateResult {
  return svg`<g role="group" aria-label=${view.text.lane(lane).full}>
      ${repeat(
        items,
        (item) => item.key,
        (item) => renderGuardedItem(view, item),
      )}
    </g>`;
}

/**
 * Re-renders an item only when something it shows changed: a year change touches the
 * items whose activity changed, not all of them, which matters with thousands of items.
 */
function renderGuardedItem(view: TimelineView, item: TimelineItem) {
  const { year, selection } = view;
  const inactive = year !== null && !isActiveIn(item.collaboration, year);
  return guard(
    [
      view.geometry,
      item,
      view.labels,
      view.marks,
      view.contentLang,
      view.uiLang,
      selection?.kind === 'collaboration' && selection.id === item.id,
      selection?.kind === 'country' ? view.highlighted.has(item.id) : null,
      // The year is in the name of an inactive item only.
      inactive ? year : null,
      item.key === view.tabStop,
      view.drawn.labels?.has(item.key) ?? true,
    ],
    () => renderItem(view, item),
  );
}

function renderItem(view: TimelineView, item: TimelineItem): SVGTemplateResult {
  const { geometry, year, selection, laid } = view;
  const collaboration = view.text.record(item);
  const inferred = collaboration.confidence === 'inferred';
  const selected = selection?.kind === 'collaboration' && selection.id === item.id;
  const inCountry = selection?.kind === 'country' && view.highlighted.has(item.id);
  const inactive = year !== null && !isActiveIn(collaboration, year);
  // Only some items are in the DOM, so the list's size and order are stated.
  const position = laid.virtual ? (laid.positions.get(item.key) ?? 0) + 1 : null;
  const dimmed = inactive || (selection?.kind === 'country' && !inCountry);
  // Its parts are its classes, in the same order.
  const classes = classNames({
    item: true,
    span: item.span,
    event: !item.span,
    inferred,
    selected,
    highlighted: inCountry,
    dimmed,
  });
  return svg`<g
      class=${classes}
      part=${classes}
      role="option"
      tabindex=${item.key === view.tabStop ? '0' : '-1'}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${view.text.name(item, collaboration, inactive ? year : null)}
      aria-setsize=${position === null ? nothing : geometry.layout.items.length}
      aria-posinset=${position ?? nothing}
      data-key=${item.key}
      data-id=${item.id}
    >${view.drawing.mark(view, item, inferred)}</g>`;
}
