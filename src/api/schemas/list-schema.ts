/** GET /lists and GET /lists/{id}/changes: loaded lists, their snapshots and change feed. */
import { Type } from '@sinclair/typebox';

export const SnapshotMetaSchema = Type.Object(
  {
    list: Type.String(),
    version: Type.String(),
    hash: Type.String(),
    entityCount: Type.Integer(),
    loadedAt: Type.String(),
    publishedAt: Type.Optional(Type.String()),
    format: Type.String(),
    files: Type.Array(Type.Object({ name: Type.String(), size: Type.Integer(), sha256: Type.String() })),
    origin: Type.String(),
  },
  { $id: 'SnapshotMeta' },
);

const EntityChangeSchema = Type.Object({ id: Type.String(), name: Type.String(), fields: Type.Optional(Type.Array(Type.String())) });

export const DeltaSchema = Type.Object(
  {
    list: Type.String(),
    from: Type.Optional(Type.String()),
    to: Type.String(),
    added: Type.Array(EntityChangeSchema),
    removed: Type.Array(EntityChangeSchema),
    changed: Type.Array(EntityChangeSchema),
  },
  { $id: 'Delta' },
);

export const ListsResultSchema = Type.Object({
  state: Type.Union([Type.Literal('ready'), Type.Literal('loading'), Type.Literal('empty')]),
  message: Type.Optional(Type.String({ description: 'How to load lists, when none are loaded' })),
  loadedAt: Type.Optional(Type.String()),
  entityCount: Type.Integer(),
  lists: Type.Array(Type.Ref('SnapshotMeta')),
});

export const ListChangesParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
export const ListChangesQuerySchema = Type.Object(
  { version: Type.Optional(Type.String({ maxLength: 100, description: 'A snapshot version (default: the current one)' })) },
  { additionalProperties: false },
);

export const ListChangesResultSchema = Type.Object({
  list: Type.String(),
  snapshots: Type.Array(Type.Ref('SnapshotMeta'), { description: 'History, oldest first' }),
  delta: Type.Union([Type.Ref('Delta'), Type.Null()], { description: 'What the chosen version changed; null for a first load' }),
});
