/**
 * GET /entities/{id}: one listed party as criba holds it (src/model `Entity`) and the parties it is
 * linked to. Extra fields are kept (additionalProperties), so new model facts pass through.
 */
import { Type } from '@sinclair/typebox';

const Str = Type.String();
const StrList = Type.Array(Str);

export const EntitySchema = Type.Object(
  {
    id: Str,
    schema: Str,
    names: Type.Array(
      Type.Object(
        { full: Str, kind: Str, lang: Type.Optional(Str), parts: Type.Optional(Type.Record(Str, Str)) },
        { additionalProperties: true },
      ),
    ),
    birthDates: Type.Array(Type.Object({ value: Str, to: Type.Optional(Str), circa: Type.Optional(Type.Boolean()) })),
    birthPlaces: StrList,
    nationalities: StrList,
    citizenships: StrList,
    countries: StrList,
    gender: Type.Optional(Str),
    identifiers: Type.Array(
      Type.Object({ type: Str, value: Str, country: Type.Optional(Str), label: Type.Optional(Str), note: Type.Optional(Str) }),
    ),
    addresses: Type.Array(Type.Object({ full: Str }, { additionalProperties: true })),
    programs: StrList,
    positions: StrList,
    relations: Type.Array(
      Type.Object({
        kind: Str,
        name: Str,
        id: Type.Optional(Str),
        role: Type.Optional(Str),
        direction: Type.Optional(Str),
      }),
    ),
    remarks: Type.Optional(Str),
    vessel: Type.Optional(Type.Record(Str, Str)),
    aircraft: Type.Optional(Type.Record(Str, Str)),
    properties: Type.Optional(Type.Record(Str, StrList)),
    sources: Type.Array(Type.Object({ list: Str, sourceId: Str }, { additionalProperties: true })),
  },
  { $id: 'Entity', additionalProperties: true },
);

export const RelatedEntitySchema = Type.Object(
  {
    kind: Str,
    role: Type.Optional(Str),
    direction: Type.Union([Type.Literal('to'), Type.Literal('from')], { description: '`to`: this entity points to the other; `from`: the other points here' }),
    name: Type.String({ description: 'The other party as the source names it' }),
    id: Type.Optional(Type.String({ description: 'The other party when it is a listed entity' })),
    schema: Type.Optional(Str),
    lists: Type.Optional(StrList),
  },
  { $id: 'RelatedEntity' },
);

export const EntityResultSchema = Type.Object({
  entity: Type.Ref('Entity'),
  related: Type.Array(Type.Ref('RelatedEntity')),
});

export const EntityParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) });
