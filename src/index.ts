/**
 * Registers `<partnership-map>`, `<partnership-timeline>`, `<partnership-table>` and
 * `<partnership-explorer>`, and exports their classes and events. Validation, parsing,
 * loading and CSV are in `partnership-widgets/data`.
 */
export { PartnershipMap } from './elements/partnership-map/partnership-map.js';
export { PartnershipTimeline } from './elements/partnership-timeline/partnership-timeline.js';
export { PartnershipExplorer } from './elements/partnership-explorer/partnership-explorer.js';
export { PartnershipTable } from './elements/partnership-table/partnership-table.js';
export * from './events.js';
export type { ValidationResult } from './data/validate.js';
export { DatasetError, formatDatasetError, type DatasetErrorKind } from './data/errors.js';
export type * from './data/types.js';
