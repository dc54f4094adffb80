import { matchesPartners, type DatasetIndex } from '../../data/queries.js';
import type { Collaboration } from '../../data/types.js';
import { activeYears, type TimelineGrouping, type TimelineItem } from '../../time/index.js';
import { computeGeometry, type TimelineGeometry } from './geometry.js';
import type { Orientation } from './metrics.js';
import type { TimelineText } from './timeline-text.js';
import { VIRTUALISE_ABOVE } from './virtual-window.js';

/** A vertical timeline's labels reach its right edge; a scroll bar must not cover them. */
const SCROLLBAR_ALLOWANCE = 16;

/** What the layout will hold, known before it is computed: one item per collaboration and lane. */
function itemCountOf(collaborations: readonly Collaboration[], grouping: TimelineGrouping): number {
  if (grouping === 'kind') return collaborations.length;
  return collaborations.reduce((sum, collaboration) => sum + new Set(collaboration.partners).size, 0);
}

/**
 * Partner filtering is done before the layout, so that hidden items leave no gaps. In
 * partner lanes, a collaboration shows only in the lanes of the partners asked for.
 */
function shownCollaborations(
  index: DatasetIndex,
  grouping: TimelineGrouping,
  partners: ReadonlySet<string>,
): Collaboration[] {
  const shown = index.chronological.filter((collaboration) => matchesPartners(collaboration, partners));
  if (grouping !== 'partner' || partners.size === 0) return shown;
  return shown.map((collaboration) => ({
    ...collaboration,
    partners: collaboration.partners.filter((partner) => partners.has(partner)),
  }));
}

/**
 * The geometry of the collaborations shown, with labels measured in the host's fonts, which
 * `text` reads first. `em`, the host's font size as the element measured it, only tells the
 * memo to lay out again: a change of font size re-lays out as a resize does. So does
 * `_estimated`, true while text widths are estimated (a server render and its hydration).
 */
export function geometryFor(
  text: TimelineText,
  index: DatasetIndex,
  width: number,
  grouping: TimelineGrouping,
  partners: ReadonlySet<string>,
  orientation: Orientation,
  _em: number,
  fitHeight: number,
  compact: boolean,
  _estimated: boolean,
): TimelineGeometry {
  const shown = shownCollaborations(index, grouping, partners);
  const virtual = itemCountOf(shown, grouping) > VIRTUALISE_ABOVE;
  text.readFonts();
  return computeGeometry(shown, {
    period: index.dataset.period,
    width: virtual && orientation === 'vertical' ? Math.max(1, width - SCROLLBAR_ALLOWANCE) : width,
    grouping,
    orientation,
    em: text.em,
    labelHeight: text.labelRoom,
    // Thousands of items (a scroll area) keep their marks alone.
    ...(virtual
      ? {}
      : {
          ...(compact
            ? {}
            : {
                labelWidth: (collaboration: Collaboration) => text.widest(collaboration),
                labelMin: (collaboration: Collaboration) =>
                  text.widest(collaboration, (title) =>
                    title.length > 3 ? `${title.slice(0, 3).trimEnd()}…` : title,
                  ),
              }),
          fitHeight,
          compact,
        }),
  });
}

/**
 * What the element derives from a layout once: the lookups that a year change, a selection
 * or a key press would otherwise recompute from every item.
 */
export interface LaidOut {
  geometry: TimelineGeometry;
  /** The items' keys in time order: the listbox's options. */
  keys: string[];
  byKey: Map<string, TimelineItem>;
  /** Each item's place in time order. */
  positions: Map<string, number>;
  /** Each collaboration's first item in time order. */
  firstOf: Map<string, TimelineItem>;
  /** Collaborations active in each year, counted once however many lanes show them. */
  activeByYear: Map<number, number>;
  /** Above `VIRTUALISE_ABOVE` items: a scroll area that draws only part of them. */
  virtual: boolean;
}

export function laidOut(geometry: TimelineGeometry): LaidOut {
  const { items } = geometry.layout;
  const firstOf = new Map<string, TimelineItem>();
  const activeByYear = new Map<number, number>();
  for (const item of items) {
    if (firstOf.has(item.id)) continue;
    firstOf.set(item.id, item);
    const [first, last] = activeYears(item.collaboration);
    for (let year = first; year <= last; year++) activeByYear.set(year, (activeByYear.get(year) ?? 0) + 1);
  }
  return {
    geometry,
    keys: items.map((item) => item.key),
    byKey: new Map(items.map((item) => [item.key, item])),
    positions: new Map(items.map((item, position) => [item.key, position])),
    firstOf,
    activeByYear,
    virtual: items.length > VIRTUALISE_ABOVE,
  };
}
