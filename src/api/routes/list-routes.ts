/** GET /lists and GET /lists/{id}/changes: what is loaded, and what each update changed. */
import { CribaError } from '../../errors.js';
import { NO_LISTS_MESSAGE, notImplemented } from '../api-error.js';
import type { RegisterRoutes } from '../route-context.js';
import { errorResponses } from '../schemas/error-schema.js';
import { ListChangesParamsSchema, ListChangesQuerySchema, ListChangesResultSchema, ListsResultSchema } from '../schemas/list-schema.js';

export const registerListRoutes: RegisterRoutes = (app, { holder }) => {
  app.get(
    '/lists',
    {
      schema: {
        summary: 'Loaded lists',
        description: 'The current snapshot of every loaded list. Answers 200 with `state: "empty"` and a message when none is loaded.',
        tags: ['lists'],
        response: { 200: ListsResultSchema, ...errorResponses() },
      },
    },
    async () => {
      const dataset = holder.current;
      if (!dataset) return { state: holder.state, message: holder.lastError ? `${NO_LISTS_MESSAGE} Last error: ${holder.lastError}` : NO_LISTS_MESSAGE, entityCount: 0, lists: [] };
      return { state: 'ready', loadedAt: dataset.loadedAt, entityCount: dataset.entities.length, lists: dataset.snapshots };
    },
  );

  app.get(
    '/lists/:id/changes',
    {
      schema: {
        summary: 'A list\'s snapshots and change feed',
        description: 'Every stored snapshot of the list (oldest first) and what the chosen version added, removed and changed.',
        tags: ['lists'],
        params: ListChangesParamsSchema,
        querystring: ListChangesQuerySchema,
        response: { 200: ListChangesResultSchema, ...errorResponses(404, 501) },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const { version } = req.query as { version?: string };
      const backend = holder.backend;
      if (!backend.history || !backend.delta) throw notImplemented('The change feed (snapshot history)');
      const snapshots = await backend.history(id);
      if (snapshots.length === 0) throw new CribaError('E_NOT_FOUND', `no snapshot of list "${id}"; GET /lists shows the loaded lists`, { list: id });
      if (version && !snapshots.some((s) => s.version === version)) {
        throw new CribaError('E_NOT_FOUND', `list "${id}" has no snapshot version "${version}"`, { list: id });
      }
      const delta = (await backend.delta(id, version)) ?? null;
      return { list: id, snapshots, delta };
    },
  );
};
