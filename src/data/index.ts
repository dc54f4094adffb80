export * from './types.js';
export * from './errors.js';
export * from './schema-check.js';
export * from './validate.js';
export * from './parse.js';
export * from './load.js';
export * from './localize.js';
export * from './queries.js';
