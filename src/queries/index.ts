export * from './query-record.js';
export * from './read-queries.js';
export * from './write-results.js';
