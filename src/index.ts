/**
 * Registers `<partnership-map>`, `<partnership-timeline>`, `<partnership-table>` and
 * `<partnership-explorer>`, and exports their classes, events and the data functions for
 * pages that build on them.
 */
export { PartnershipMap } from './elements/partnership-map/partnership-map.js';
export { PartnershipTimeline } from './elements/partnership-timeline/partnership-timeline.js';
export { PartnershipExplorer } from './elements/partnership-explorer/partnership-explorer.js';
export { PartnershipTable } from './elements/partnership-table/partnership-table.js';
export * from './events.js';
export { validateDataset, type ValidationResult } from './data/validate.js';
export { parseDataset, checkDataset } from './data/parse.js';
export { loadDataset, type LoadOptions } from './data/load.js';
export { DatasetError, formatDatasetError, type DatasetErrorKind } from './data/errors.js';
export type * from './data/types.js';
