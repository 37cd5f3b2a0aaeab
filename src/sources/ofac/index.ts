export { ofacSdn, ofacCons } from './definition.js';
export { mineRemarks, splitRemarks, emptyFacts, type RemarksFacts } from './remarks.js';
export { splitPrograms } from './programs.js';
