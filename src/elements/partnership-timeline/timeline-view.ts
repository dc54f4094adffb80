import type { nothing, SVGTemplateResult, TemplateResult } from 'lit';
import type { Selection } from '../../data/queries.js';
import type { Messages } from '../../i18n/messages.js';
import type { Period, TimelineItem } from '../../time/index.js';
import type { TimelineGeometry } from './geometry.js';
import type { MarkLabels } from './mark-labels.js';
import type { LaidOut } from './timeline-layout.js';
import type { TimelineText } from './timeline-text.js';
import type { ItemLabel } from './vertical-labels.js';
import type { Drawn } from './virtual-window.js';

/** What drawing the timeline reads, gathered once per update. */
export interface TimelineView {
  laid: LaidOut;
  geometry: TimelineGeometry;
  drawing: TimelineDrawing;
  period: Period;
  /** The year shown; null for all years. */
  year: number | null;
  selection: Selection | null;
  /** The collaborations of a selected country. */
  highlighted: ReadonlySet<string>;
  text: TimelineText;
  messages: Messages;
  uiLang: string;
  contentLang: string;
  /** The item that takes Tab: the only one that can have focus, so the only one with a ring. */
  tabStop: string | null;
  fit: boolean;
  compact: boolean;
  /** Horizontal: the items' labels. */
  marks: MarkLabels | null;
  /** Vertical: the items' labels, by key. */
  labels: ReadonlyMap<string, ItemLabel>;
  /** The items drawn: all of them, or those of a scroll area's window. */
  drawn: Drawn;
  /** Of the plot: the layout's, or more where vertical labels need it. */
  height: number;
}

/** How one orientation draws; the element takes one per layout, as Plot has BarX and BarY. */
export interface TimelineDrawing {
  /** Above the plot: the year axis, when it is not in the plot. */
  axis(view: TimelineView): TemplateResult | typeof nothing;
  /** In the plot, behind the items: lane bands and names, or the axis and grid. */
  ground(view: TimelineView): SVGTemplateResult;
  yearMarker(view: TimelineView): SVGTemplateResult | typeof nothing;
  /** An item's mark, label, hit area and focus ring, inside its option. */
  mark(view: TimelineView, item: TimelineItem, inferred: boolean): SVGTemplateResult;
  /** In the plot, over the items: the selected collaboration's callouts. */
  overlay(view: TimelineView): SVGTemplateResult[] | typeof nothing;
}

/** The year as a stretch of the time axis, or null when none is chosen or it is outside the period. */
export function yearStretch(view: TimelineView): { from: number; to: number; middle: number } | null {
  const { year, period, geometry } = view;
  if (year === null || year < period.start || year > period.end) return null;
  const { scale } = geometry;
  return { from: scale(year), to: scale(year + 1), middle: scale(year + 0.5) };
}

/** The scale's position of every year boundary of the period, for grid lines. */
export function yearGrid(view: TimelineView): number[] {
  const grid: number[] = [];
  const { period, geometry } = view;
  for (let year = period.start; year <= period.end + 1; year++) grid.push(geometry.scale(year));
  return grid;
}
