/** POST /admin/update: load lists (download, or a folder on the server) and swap them in. */
import { Type } from '@sinclair/typebox';
import { isCribaError } from '../../errors.js';
import type { RegisterRoutes } from '../route-context.js';
import { errorResponses } from '../schemas/error-schema.js';

const UpdateBodySchema = Type.Object(
  {
    lists: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50, description: 'List ids (default: every configured list)' })),
    force: Type.Optional(Type.Boolean({ description: 'Accept a suspicious drop in entity count' })),
    from: Type.Optional(Type.String({ minLength: 1, maxLength: 4096, description: 'A folder of official files on the server\'s disk' })),
  },
  { additionalProperties: false },
);

const UpdateResultSchema = Type.Object({
  state: Type.String(),
  entityCount: Type.Integer(),
  reports: Type.Array(
    Type.Object(
      { list: Type.String(), status: Type.String(), message: Type.Optional(Type.String()), code: Type.Optional(Type.String()), version: Type.Optional(Type.String()) },
    ),
  ),
});

export const registerAdminRoutes: RegisterRoutes = (app, { holder }) => {
  app.post(
    '/admin/update',
    {
      schema: {
        summary: 'Update lists',
        description:
          'Runs an update and waits for it; the new lists replace the old ones atomically, and a failed list keeps its last good snapshot. ' +
          'With API keys on, only admin keys may call it.',
        tags: ['operations'],
        body: Type.Optional(UpdateBodySchema),
        response: { 200: UpdateResultSchema, ...errorResponses(403, 409, 501) },
      },
    },
    async (req) => {
      const body = (req.body ?? {}) as { lists?: string[]; force?: boolean; from?: string };
      const reports = await holder.update(body);
      return {
        state: holder.state,
        entityCount: holder.current?.entities.length ?? 0,
        reports: reports.map((r) => ({
          list: r.list,
          status: r.status,
          ...(typeof r.message === 'string' ? { message: r.message } : {}),
          ...(isCribaError(r.error) ? { code: r.error.code, message: r.error.message } : {}),
          ...(typeof r.reason === 'string' ? { message: r.reason } : {}),
          ...(r.meta && typeof (r.meta as { version?: unknown }).version === 'string' ? { version: (r.meta as { version: string }).version } : {}),
        })),
      };
    },
  );
};
