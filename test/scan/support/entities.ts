/**
 * Hand-made entities for the scanner's unit tests, written in the shape the OFAC adapter produces
 * (list-order names "FAMILY, Given", aliases, "Linked To:" relations). Only what the tests need.
 */
import { emptyEntity, type Entity, type NameKind, type Relation, type Schema } from '../../../src/model/index.js';

export function entity(
  id: string,
  schema: Schema,
  names: [string, NameKind][],
  opts: { programs?: string[]; relations?: Relation[] } = {},
): Entity {
  const e = emptyEntity(`test:${id}`, schema);
  e.names = names.map(([full, kind]) => ({ full, kind }));
  e.programs = opts.programs ?? [];
  e.relations = opts.relations ?? [];
  e.sources = [{ list: 'test', sourceId: id, programs: e.programs }];
  return e;
}

/** The El Salvador story's parties, plus look-alikes that must not be found. */
export const STORY_ENTITIES: Entity[] = [
  entity('33950', 'Person', [['LUNA MEZA, Osiris', 'primary'], ['LUNA, Osiris', 'alias']], { programs: ['GLOMAG'] }),
  entity('33959', 'Person', [['MARROQUIN CHICA, Carlos Amilcar', 'primary']], { programs: ['GLOMAG'] }),
  entity('33960', 'Person', [['MEZA OLIVARES, Alma Yanira', 'primary']], {
    programs: ['GLOMAG'],
    relations: [{ kind: 'linked', name: 'LUNA MEZA, Osiris' }],
  }),
  entity('15412', 'Organization', [['MS-13', 'primary'], ['MARA SALVATRUCHA', 'alias']], { programs: ['TCO'] }),
  // a listed namesake of an unlisted person in the story: same first name, other surname
  entity('90001', 'Person', [['LUNA GARCIA, Julio Cesar', 'primary']], { programs: ['SDNTK'] }),
  // aliases that are common words or common names: they must not fire on their own
  entity('90002', 'Organization', [['GOLDEN SUN TRADING LLC', 'primary'], ['SUN', 'alias']], { programs: ['IRAN'] }),
  entity('90003', 'Person', [['HERNANDEZ, Jose', 'primary'], ['EL HIELERO', 'weak']], { programs: ['SDNTK'] }),
  entity('90004', 'Vessel', [['VICTORY', 'primary']], { programs: ['IRAN'] }),
];
