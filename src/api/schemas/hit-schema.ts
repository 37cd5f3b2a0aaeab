/**
 * A screening hit and its explanation: the JSON shape of src/index `Hit`, as the CLI prints it.
 * Response serialisation drops fields that are not here, so this schema must follow `Hit`.
 */
import { Type } from '@sinclair/typebox';

export const PartMatchSchema = Type.Object(
  {
    query: Type.String({ description: 'Query part as folded; empty for an unmatched listed part' }),
    candidate: Type.String({ description: 'Listed part as folded; empty for an unmatched query part' }),
    how: Type.String({ description: 'exact, typo, phonetic, transliterated, initial, legal-form, glued, nickname, unmatched-query, unmatched-candidate' }),
    score: Type.Number(),
  },
  { $id: 'PartMatch' },
);

export const FeatureSchema = Type.Object(
  {
    feature: Type.String({ description: 'name, schema, birthDate, country, identifier…' }),
    delta: Type.Number({ description: 'Signed change to the score (the name feature carries the name score)' }),
    detail: Type.String({ description: 'One line a reviewer can read' }),
  },
  { $id: 'Feature' },
);

export const ExplanationSchema = Type.Object(
  {
    matchedName: Type.String(),
    matchedNameKind: Type.String(),
    nameScore: Type.Number(),
    alignment: Type.Array(Type.Ref('PartMatch')),
    features: Type.Array(Type.Ref('Feature')),
  },
  { $id: 'Explanation' },
);

export const HitSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    schema: Type.String(),
    score: Type.Number({ minimum: 0, maximum: 1 }),
    lists: Type.Array(Type.String()),
    programs: Type.Array(Type.String()),
    sourceIds: Type.Array(Type.String(), { description: 'The records behind the hit, as `list:sourceId`' }),
    explanation: Type.Ref('Explanation'),
  },
  { $id: 'Hit' },
);
