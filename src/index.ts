/**
 * criba's library API: load snapshots, screen names and records, compare names.
 */
export * from './errors.js';
export * from './model/index.js';
export * from './normalize/index.js';
export * from './match/index.js';
export * from './index/index.js';
export * from './sources/index.js';
export * from './snapshot/index.js';
export * from './queries/index.js';
export * from './sources/ofac/index.js';
export * from './model/ftm.js';
export * from './merge/index.js';
export * from './api/index.js';
export * from './scan/index.js';
export * from './batch/index.js';
