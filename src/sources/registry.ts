/**
 * Every list criba knows, in one place. The snapshot layer, `criba update` and `criba lists` read
 * this registry; nothing else names a list. Add a list by adding its definition here.
 */
import type { ListDefinition } from './types.js';
import { ofacCons, ofacSdn } from './ofac/definition.js';
import { unSc } from './un/definition.js';
import { ukOfsi } from './uk-ofsi/definition.js';
import { ukFcdo } from './uk-fcdo/definition.js';
import { auDfat } from './australia/definition.js';
import { euFsf } from './eu/definition.js';
import { caSema } from './canada/definition.js';
import { chSeco } from './switzerland/definition.js';
import { usCsl } from './us-trade-csl/definition.js';
import { usBisDpl } from './us-bis-dpl/definition.js';
import { openSanctions } from './opensanctions/definition.js';
import { customList } from './custom/definition.js';

export const LISTS: readonly ListDefinition[] = [
  // one line per list definition, e.g. ofacSdn, ofacCons, unSc…
  ofacSdn,
  ofacCons,
  unSc,
  ukOfsi,
  ukFcdo,
  auDfat,
  euFsf,
  caSema,
  chSeco,
  usCsl,
  usBisDpl,
  openSanctions,
  customList,
];

export function listById(id: string): ListDefinition | undefined {
  return LISTS.find((l) => l.id === id);
}
