export * from './screening-pool.js';
export * from './pool-source.js';
export * from './entities-file.js';
export type { QueryCacheLimits } from './query-cache.js';
export type { QueryOutcome } from './worker-protocol.js';
