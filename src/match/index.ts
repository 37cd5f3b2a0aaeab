export * from './types.js';
export * from './matcher.js';
export * from './compare.js';
export { alignNames, partSimilarity, typoBudget } from './name-score.js';
export { jaro, jaroWinkler, levenshtein } from './similarity.js';
