export * from './types.js';
export { buildScanner, type Scanner } from './scanner.js';
