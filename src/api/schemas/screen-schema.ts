/** POST /screen and GET /search: the query record and its answers. */
import { Type, type Static } from '@sinclair/typebox';

export const MAX_BATCH = 1000;

export const ENTITY_TYPES = ['person', 'organization', 'company', 'legal-entity', 'vessel', 'aircraft'] as const;

export const EntityTypeSchema = Type.String({
  $id: 'EntityType',
  maxLength: 40,
  examples: [...ENTITY_TYPES],
  description: 'Entity type: person, organization, company, vessel or aircraft (also individual, entity). Restricts and weighs the match.',
});

const StringOrList = (what: string, max: number) =>
  Type.Union([Type.String({ maxLength: 200 }), Type.Array(Type.String({ maxLength: 200 }), { maxItems: max })], {
    description: `${what}: one value, several separated by \`;\`, or a list`,
  });

/** The fields of a query record, as in `criba screen --input` (src/queries/query-record.ts). */
export const ScreenRecordSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 500, description: 'The name to screen, in any script and order' }),
    type: Type.Optional(Type.Ref('EntityType')),
    dob: Type.Optional(Type.String({ maxLength: 40, description: 'Date of birth: 1989, 1989-02, 1989-02-08 or a written date (08 Feb 1989)' })),
    country: Type.Optional(StringOrList('ISO 3166-1 alpha-2 code(s) or country name(s): nationality, residence or jurisdiction', 20)),
    ids: Type.Optional(StringOrList('Identifier values (passport, national id, IMO…)', 50)),
    gender: Type.Optional(Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Literal('other')])),
    ref: Type.Optional(Type.String({ maxLength: 200, description: 'Your own reference for the record, echoed back' })),
  },
  { $id: 'ScreenRecord', additionalProperties: false },
);
export type ScreenRecord = Static<typeof ScreenRecordSchema>;

/** The query as screened (normalised: country codes, ISO dates, schema), as the CLI prints it. */
export const ScreenedQuerySchema = Type.Object(
  {
    name: Type.String(),
    schema: Type.Optional(Type.String()),
    birthDate: Type.Optional(Type.String()),
    countries: Type.Optional(Type.Array(Type.String())),
    identifiers: Type.Optional(Type.Array(Type.String())),
    gender: Type.Optional(Type.String()),
    ref: Type.Optional(Type.String()),
  },
  { $id: 'ScreenedQuery' },
);

const options = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Maximum hits per query (default 10)' })),
  threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Minimum score of a hit (default: the calibrated alert threshold)' })),
};

export const ScreenOneBodySchema = Type.Object(
  { ...ScreenRecordSchema.properties, ...options },
  { title: 'One query', additionalProperties: false },
);

export const ScreenBatchBodySchema = Type.Object(
  {
    queries: Type.Array(Type.Ref('ScreenRecord'), { minItems: 1, maxItems: MAX_BATCH }),
    ...options,
  },
  { title: `Up to ${MAX_BATCH} queries`, additionalProperties: false },
);

export type ScreenOneBody = Static<typeof ScreenOneBodySchema>;
export type ScreenBatchBody = { queries: ScreenRecord[]; limit?: number; threshold?: number };

export const ScreenResultSchema = Type.Object(
  {
    query: Type.Ref('ScreenedQuery'),
    hits: Type.Array(Type.Ref('Hit')),
  },
  { $id: 'ScreenResult' },
);

export const ScreenBatchResultSchema = Type.Object({ results: Type.Array(Type.Ref('ScreenResult')) }, { title: 'Batch result' });

export const SearchQuerySchema = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 500, description: 'Name or part of a name' }),
    type: Type.Optional(Type.Ref('EntityType')),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuerySchema>;

export const SearchResultSchema = Type.Object({
  query: Type.String(),
  hits: Type.Array(Type.Ref('Hit')),
});

export const CompareBodySchema = Type.Object(
  {
    a: Type.String({ minLength: 1, maxLength: 500, description: 'First name (the query side)' }),
    b: Type.String({ minLength: 1, maxLength: 500, description: 'Second name (the listed side)' }),
    type: Type.Optional(Type.Ref('EntityType')),
  },
  { additionalProperties: false },
);
export type CompareBody = Static<typeof CompareBodySchema>;

export const CompareResultSchema = Type.Object({
  score: Type.Number(),
  match: Type.Boolean({ description: 'score >= the alert threshold' }),
  explanation: Type.Ref('Explanation'),
});
