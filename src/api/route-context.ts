/** What every route file gets: the dataset in use, the metrics, the server's options. */
import type { FastifyInstance } from 'fastify';
import type { DatasetHolder } from './dataset-holder.js';
import type { Metrics } from './metrics.js';
import type { ServerOptions } from './server-options.js';

export interface RouteContext {
  holder: DatasetHolder;
  metrics: Metrics;
  options: ServerOptions;
}

export type RegisterRoutes = (app: FastifyInstance, ctx: RouteContext) => void;
