/** POST /scan: a document in, the listed parties it mentions (with offsets) out. */
import { Type, type Static } from '@sinclair/typebox';

export const ScanBodySchema = Type.Union(
  [
    Type.Object({ text: Type.String({ minLength: 1, description: 'Plain text' }) }, { additionalProperties: false }),
    Type.Object({ html: Type.String({ minLength: 1, description: 'An HTML page; the article text is extracted' }) }, { additionalProperties: false }),
    Type.Object({ url: Type.String({ format: 'uri', pattern: '^https?://', description: 'A page to fetch and scan' }) }, { additionalProperties: false }),
    Type.String({ minLength: 1, description: 'A text/plain or text/html body' }),
  ],
);
export type ScanBody = { text: string } | { html: string } | { url: string } | string;

const MentionSchema = Type.Object({
  start: Type.Integer({ description: 'Offset (UTF-16 code units) in `text`' }),
  end: Type.Integer(),
  text: Type.String(),
  context: Type.String(),
});

export const ScanResultSchema = Type.Object({
  text: Type.String({ description: 'The text that was scanned; mention offsets point into it' }),
  entities: Type.Array(
    Type.Object(
      {
        id: Type.String(),
        name: Type.String(),
        lists: Type.Array(Type.String()),
        programs: Type.Array(Type.String()),
        score: Type.Number(),
        mentions: Type.Array(MentionSchema),
        related: Type.Array(Type.Any()),
      },
      { additionalProperties: true },
    ),
  ),
});
export type ScanResultBody = Static<typeof ScanResultSchema>;
