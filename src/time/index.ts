export {
  activeYears,
  collaborationExtent,
  compareByStart,
  endOfPartialDate,
  isActiveIn,
  isSpan,
  parsePartialDate,
  startOfPartialDate,
  yearOf,
} from './dates.js';
export type { PartialDateParts } from './dates.js';
export { timeScale, yearFromPosition, yearTicks } from './scale.js';
export type { Period } from './scale.js';
export { KIND_LANE_ORDER, layoutTimeline } from './layout.js';
export type {
  Lane,
  TimelineGrouping,
  TimelineItem,
  TimelineLayout,
  TimelineLayoutOptions,
} from './layout.js';
