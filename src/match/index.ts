export * from './types.js';
export * from './matcher.js';
export * from './compare.js';
export { alignNames, alignPrepared, scoreNames, partSimilarity, typoBudget, glueBudget, GLUE_EDIT_DISCOUNT, ONLY_GENERIC_FACTOR, type NameAlignment } from './name-score.js';
export { ANAGRAM_MIN_LENGTH, comparePart, comparePartCode, typoScore } from './part-similarity.js';
export { lengthWeight, nameKindOf } from './prepare.js';
export { schemaCompatible, BIRTH_DATE_LIFT, COUNTRY_LIFT } from './qualifiers.js';
export { letterMask, maybeWithinEdits } from './letter-mask.js';
export { jaro, jaroWinkler, levenshtein, damerauLevenshtein, boundedEditDistance, soundex } from './similarity.js';
