/** GET /healthz (the process answers), GET /readyz (lists are loaded), GET /metrics (Prometheus). */
import { Type } from '@sinclair/typebox';
import { noListsError, toErrorResponse } from '../api-error.js';
import type { RegisterRoutes } from '../route-context.js';

export const registerHealthRoutes: RegisterRoutes = (app, { holder, metrics }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness',
        description: 'Answers 200 while the process runs, with or without lists. Never needs an API key.',
        tags: ['operations'],
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness',
        description: 'Answers 200 when lists are loaded and screening works; 503 (E_NO_SNAPSHOT) otherwise. Never needs an API key.',
        tags: ['operations'],
        security: [],
        response: {
          200: Type.Object({ status: Type.Literal('ready'), entityCount: Type.Integer(), lists: Type.Array(Type.String()), loadedAt: Type.String() }),
          503: Type.Ref('ErrorBody'),
        },
      },
    },
    async (_req, reply) => {
      const dataset = holder.current;
      if (!dataset) {
        const { status, body } = toErrorResponse(noListsError());
        return reply.code(status as 503).send(body);
      }
      return {
        status: 'ready' as const,
        entityCount: dataset.entities.length,
        lists: dataset.snapshots.map((s) => `${s.list}@${s.version}`),
        loadedAt: dataset.loadedAt,
      };
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics',
        description: 'Request counts and latency histograms per route and status, in the Prometheus text format.',
        tags: ['operations'],
        produces: ['text/plain'],
        response: { 200: Type.String() },
      },
    },
    async (_req, reply) => {
      reply.type('text/plain; version=0.0.4; charset=utf-8');
      return metrics.render();
    },
  );
};
