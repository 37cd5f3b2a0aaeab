export * from './metrics.js';
export * from './report.js';
export * from './entity-checks.js';
export * from './cross-script.js';
export * from './negatives.js';
export * from './load-lists.js';
export * from './run-eval.js';
