/** GET /entities/{id}: one listed party with all its sources and the parties linked to it. */
import { CribaError } from '../../errors.js';
import type { RegisterRoutes } from '../route-context.js';
import { relatedEntities } from '../related-entities.js';
import { EntityParamsSchema, EntityResultSchema } from '../schemas/entity-schema.js';
import { errorResponses } from '../schemas/error-schema.js';

export const registerEntityRoutes: RegisterRoutes = (app, { holder }) => {
  app.get(
    '/entities/:id',
    {
      schema: {
        summary: 'One listed entity',
        description: 'Names in all scripts, dates, identifiers, programs, every source record, and related parties (both directions).',
        tags: ['entities'],
        params: EntityParamsSchema,
        response: { 200: EntityResultSchema, ...errorResponses(404, 503) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const dataset = holder.require();
      const entity = dataset.get(id);
      if (!entity) throw new CribaError('E_NOT_FOUND', `no listed entity with id "${id}"`);
      return { entity, related: relatedEntities(dataset, entity) };
    },
  );
};
