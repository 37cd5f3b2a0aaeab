/**
 * Hand-written entities for the merge tests: a few parties as different lists would publish them.
 */
import { emptyEntity, type Entity, type Schema } from '../../src/model/entity.js';
import type { Identifier } from '../../src/model/identifier.js';

export function party(
  id: string,
  schema: Schema,
  names: string[],
  facts: Partial<Pick<Entity, 'birthDates' | 'nationalities' | 'citizenships' | 'gender' | 'programs'>> & { ids?: Identifier[] } = {},
): Entity {
  const e = emptyEntity(id, schema);
  const [list, sourceId] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  names.forEach((full, i) => e.names.push({ full, kind: i === 0 ? 'primary' : 'alias' }));
  e.birthDates.push(...(facts.birthDates ?? []));
  e.nationalities.push(...(facts.nationalities ?? []));
  e.citizenships.push(...(facts.citizenships ?? []));
  if (facts.gender) e.gender = facts.gender;
  e.programs.push(...(facts.programs ?? []));
  e.identifiers.push(...(facts.ids ?? []));
  e.sources.push({ list: list!, sourceId: sourceId!, programs: [...e.programs] });
  return e;
}
