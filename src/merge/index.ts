export { mergeEntities } from './merge-entities.js';
export { evidenceKeys, nameKey } from './evidence-keys.js';
export { mergedId } from './combine.js';
export type { MergeEvidence, MergeRecord, MergeResult, RefusedMerge, EvidenceKind } from './types.js';
