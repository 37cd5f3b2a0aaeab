/**
 * The HTTP server: fastify with typebox schemas (one schema → validation, serialisation and the
 * OpenAPI document), optional API keys, per-key rate limits, metrics, JSON logs without personal
 * data, and the web UI. Thin: every answer comes from the library through the DatasetHolder.
 *
 * Hook order per request: auth (onRequest) → rate limit (route onRequest) → validation → handler
 * → metrics and access log (onResponse).
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { pino, type Logger } from 'pino';
import { ApiError, toErrorResponse } from './api-error.js';
import { ApiKeyRing, type ApiKeyRecord } from './api-keys.js';
import { DatasetHolder } from './dataset-holder.js';
import { Metrics } from './metrics.js';
import type { RouteContext } from './route-context.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { registerEntityRoutes } from './routes/entity-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerListRoutes } from './routes/list-routes.js';
import { registerScanRoutes } from './routes/scan-routes.js';
import { registerScreenRoutes } from './routes/screen-routes.js';
import { SHARED_SCHEMAS } from './schemas/shared-schemas.js';
import { DEFAULTS, type ServerOptions } from './server-options.js';
import { registerWeb } from '../web/register-web.js';
import { KEY_COOKIE, readCookie } from './key-cookie.js';
import { validationMessage } from './validation-message.js';
import { completionsOf } from './type-ahead.js';
import { relatedEntities } from './related-entities.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's API key record, when keys are on. */
    apiKey: ApiKeyRecord | null;
  }
}

/** Paths that answer without a key even when keys are on. */
const PUBLIC_PATHS = new Set(['/healthz', '/readyz', '/ui/login']);
const PUBLIC_PREFIXES = ['/ui/assets/'];

export interface CribaServer {
  app: FastifyInstance;
  holder: DatasetHolder;
  metrics: Metrics;
}

export async function buildServer(options: ServerOptions): Promise<CribaServer> {
  const logger: Logger = options.logger === false ? pino({ level: 'silent' }) : (options.logger ?? pino({ name: 'criba' }));
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULTS.bodyLimit,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    routerOptions: { ignoreTrailingSlash: true },
    // a request that takes longer than this is cut (slow clients must not hold sockets forever)
    requestTimeout: 60_000,
    schemaErrorFormatter: (errors, dataVar) => new Error(validationMessage(errors, dataVar)),
  });
  const metrics = new Metrics();
  const holder = new DatasetHolder(options.backend, app.log, options.scan);
  const keys = new ApiKeyRing(options.apiKeys ?? []);
  const ctx: RouteContext = { holder, metrics, options };
  // build the type-ahead word list and the relation graph now rather than on the first request
  holder.onSwapped = (dataset) =>
    setImmediate(() => {
      completionsOf(dataset, 'a');
      if (dataset.entities[0]) relatedEntities(dataset, dataset.entities[0]);
    });

  metrics.gauge('criba_entities_loaded', 'Entities in the dataset in use (0: no lists loaded).', () => holder.current?.entities.length ?? 0);
  metrics.gauge('criba_process_resident_memory_bytes', 'Resident set size of the server process.', () => process.memoryUsage.rss());
  metrics.counter('criba_process_cpu_seconds_total', 'User and system CPU time of the server process.', () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  app.addContentTypeParser(['text/html'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'criba',
        version: '0.1.0',
        description:
          'Sanctions screening: screen names and records, scan documents, and read why each hit is a hit. ' +
          'Errors are `{"error":{"code","message"}}` with the stable codes of docs/api.md.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key (only when the server has keys configured)' } } },
      security: [{ bearer: [] }],
      tags: [
        { name: 'screening', description: 'Names and records' },
        { name: 'documents', description: 'Articles and other texts' },
        { name: 'entities', description: 'Listed parties' },
        { name: 'lists', description: 'Snapshots and changes' },
        { name: 'operations', description: 'Health, metrics, updates' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { deepLinking: true, tryItOutEnabled: true } });

  if (options.corsOrigins?.length) await app.register(cors, { origin: [...options.corsOrigins], methods: ['GET', 'POST'] });

  app.decorateRequest('apiKey', null);
  // with keys off there is no auth hook and (unless asked) no rate limiter: nothing to pay per request
  if (keys.enabled) app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?', 1)[0]!;
    if (PUBLIC_PATHS.has(path) || PUBLIC_PREFIXES.some((p) => path.startsWith(p))) return;
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : readCookie(req.headers.cookie, KEY_COOKIE);
    const record = token ? keys.verify(token) : undefined;
    if (!record) {
      const page = path === '/' || path.startsWith('/ui/') || ((path === '/docs' || path === '/docs/') && String(req.headers.accept).includes('text/html'));
      if (req.method === 'GET' && page) {
        return reply.redirect(`/ui/login?next=${encodeURIComponent(req.url)}`, 303);
      }
      reply.header('www-authenticate', 'Bearer');
      throw new ApiError('E_UNAUTHORIZED', header ? 'The API key is not valid.' : 'This server needs an API key: send `Authorization: Bearer <key>`.');
    }
    req.apiKey = record;
    if (path.startsWith('/admin/') && !record.admin) throw new ApiError('E_FORBIDDEN', `Key ${record.id} may not call admin endpoints.`);
  });

  const perKey = options.rateLimitPerKey ?? DEFAULTS.rateLimitPerKey;
  const anonymous = options.rateLimitAnonymous;
  if (keys.enabled || anonymous !== undefined) await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    max: (req: FastifyRequest) => (req.apiKey ? (req.apiKey.rateLimit ?? perKey) : (anonymous ?? Number.MAX_SAFE_INTEGER)),
    keyGenerator: (req: FastifyRequest) => (req.apiKey ? `key:${req.apiKey.id}` : `ip:${req.ip}`),
    allowList: (req: FastifyRequest) => (!req.apiKey && anonymous === undefined) || PUBLIC_PATHS.has(req.routeOptions.url ?? ''),
    errorResponseBuilder: (_req, context) =>
      new ApiError('E_RATE_LIMITED', `Rate limit of ${context.max} requests per minute reached; retry in ${context.after}.`),
  });

  if (options.logBodies) {
    app.addHook('preHandler', async (req) => {
      if (req.body !== undefined) req.log.debug({ body: req.body }, 'request body');
    });
  }

  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    // the route pattern, never the raw URL: /search?q=<a person's name> is personal data
    const route = req.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    metrics.observe(req.method, route, reply.statusCode, seconds);
    req.log.info(
      { method: req.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100, ...(req.apiKey ? { key: req.apiKey.id } : {}) },
      'request',
    );
  });

  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500 && status !== 501 && status !== 503) req.log.error({ err }, 'request failed');
    reply.code(status).type('application/json').send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: { code: 'E_ROUTE_NOT_FOUND', message: `No endpoint ${req.method} ${req.url.split('?', 1)[0]}; see /docs.` } });
  });

  registerHealthRoutes(app, ctx);
  registerScreenRoutes(app, ctx);
  registerScanRoutes(app, ctx);
  registerEntityRoutes(app, ctx);
  registerListRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app, ctx);

  return { app, holder, metrics };
}
