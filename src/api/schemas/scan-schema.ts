/** POST /scan: a document in, the listed parties it mentions (with offsets) out — src/scan `ScanResult`. */
import { Type } from '@sinclair/typebox';

export const ScanBodySchema = Type.Union([
  Type.Object({ text: Type.String({ minLength: 1, description: 'Plain text' }) }, { additionalProperties: false }),
  Type.Object({ html: Type.String({ minLength: 1, description: 'An HTML page; the article text is extracted' }) }, { additionalProperties: false }),
  Type.Object({ url: Type.String({ pattern: '^https?://', maxLength: 4096, description: 'A page to fetch and scan' }) }, { additionalProperties: false }),
  Type.String({ minLength: 1, description: 'A text/plain or text/html body' }),
]);
export type ScanBody = { text: string } | { html: string } | { url: string } | string;

const MentionSchema = Type.Object(
  {
    start: Type.Integer({ description: 'Offset (JavaScript string index) into `text`' }),
    end: Type.Integer({ description: 'End offset, exclusive' }),
    text: Type.String(),
    context: Type.String({ description: 'The sentence around the mention' }),
    kind: Type.Optional(Type.String({ description: 'full, coreference or weak' })),
    matchedName: Type.Optional(Type.String()),
    score: Type.Optional(Type.Number()),
  },
  { additionalProperties: true },
);

const RelatedPartySchema = Type.Object(
  {
    id: Type.Optional(Type.String()),
    name: Type.String(),
    relation: Type.Optional(Type.String()),
    role: Type.Optional(Type.String()),
    direction: Type.Optional(Type.String()),
    lists: Type.Optional(Type.Array(Type.String())),
    programs: Type.Optional(Type.Array(Type.String())),
    mentioned: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: true },
);

export const ScanEntitySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    schema: Type.Optional(Type.String()),
    lists: Type.Array(Type.String()),
    programs: Type.Array(Type.String()),
    sourceIds: Type.Optional(Type.Array(Type.String())),
    score: Type.Number(),
    mentions: Type.Array(MentionSchema),
    explanation: Type.Optional(Type.Object({ evidence: Type.Optional(Type.Array(Type.String())) }, { additionalProperties: true })),
    related: Type.Array(RelatedPartySchema),
  },
  { $id: 'ScanEntity', additionalProperties: true },
);

export const ScanResultSchema = Type.Object({
  text: Type.String({ description: 'The text that was scanned; mention offsets point into it' }),
  entities: Type.Array(Type.Ref('ScanEntity')),
});

export type { ScanResult as ScanResultBody } from '../../scan/index.js';
