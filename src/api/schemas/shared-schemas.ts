/** Schemas referenced by `$ref` (their `$id`): registered once, they become OpenAPI components. */
import type { TSchema } from '@sinclair/typebox';
import { ScanEntitySchema } from './scan-schema.js';
import { EntitySchema, RelatedEntitySchema } from './entity-schema.js';
import { ErrorBodySchema } from './error-schema.js';
import { ExplanationSchema, FeatureSchema, HitSchema, PartMatchSchema } from './hit-schema.js';
import { DeltaSchema, SnapshotMetaSchema } from './list-schema.js';
import { EntityTypeSchema, ScreenedQuerySchema, ScreenRecordSchema, ScreenResultSchema } from './screen-schema.js';

export const SHARED_SCHEMAS: TSchema[] = [
  ErrorBodySchema,
  PartMatchSchema,
  FeatureSchema,
  ExplanationSchema,
  HitSchema,
  EntityTypeSchema,
  ScreenRecordSchema,
  ScreenedQuerySchema,
  ScreenResultSchema,
  EntitySchema,
  RelatedEntitySchema,
  SnapshotMetaSchema,
  DeltaSchema,
  ScanEntitySchema,
];
