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
} from '../data/dates.js';
export type { PartialDateParts } from '../data/dates.js';
export { linearScale } from './linear-scale.js';
export type { LinearScale } from './linear-scale.js';
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
