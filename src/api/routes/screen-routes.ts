/** GET /search, POST /screen, POST /compare: names in, scored hits with explanations out. */
import { Type } from '@sinclair/typebox';
import { compareNames, DEFAULT_THRESHOLD } from '../../match/index.js';
import type { RegisterRoutes } from '../route-context.js';
import { schemaOfType, toScreenQuery } from '../screen-query.js';
import { SEARCH_THRESHOLD, typeAheadSearch } from '../type-ahead.js';
import { errorResponses } from '../schemas/error-schema.js';
import {
  CompareBodySchema,
  CompareResultSchema,
  MAX_BATCH,
  ScreenBatchBodySchema,
  ScreenBatchResultSchema,
  ScreenOneBodySchema,
  SearchQuerySchema,
  SearchResultSchema,
  type CompareBody,
  type ScreenBatchBody,
  type ScreenOneBody,
  type SearchQuery,
} from '../schemas/screen-schema.js';
import type { ScreenRecord } from '../schemas/screen-schema.js';

const ScreenResultRef = Type.Ref('ScreenResult');

/** Queries screened between two yields to the event loop in a batch. */
const BATCH_SLICE = 50;

export const registerScreenRoutes: RegisterRoutes = (app, { holder }) => {
  app.get(
    '/search',
    {
      schema: {
        summary: 'Quick name search',
        description: 'Search listed names as you type. Looser than /screen (threshold 0.7), and an unfinished last word is completed from listed names; use /screen for decisions.',
        tags: ['screening'],
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...errorResponses(503) },
      },
    },
    async (req) => {
      const { q, type, limit } = req.query as SearchQuery;
      const dataset = holder.require();
      const schema = schemaOfType(type as string | undefined);
      const hits = typeAheadSearch(dataset, q, schema ? { schema } : {}, { limit: limit ?? 10, threshold: SEARCH_THRESHOLD });
      return { query: q, hits };
    },
  );

  app.post(
    '/screen',
    {
      schema: {
        summary: 'Screen one record or a batch',
        description:
          `Send one record (\`{"name": …}\`) to get \`{"query","hits"}\`, or \`{"queries":[…]}\` (up to ${MAX_BATCH}) ` +
          'to get `{"results":[{"query","hits"}…]}` in the same order. Shapes are those of `criba screen --input` JSON lines.',
        tags: ['screening'],
        body: Type.Union([ScreenOneBodySchema, ScreenBatchBodySchema]),
        response: { 200: Type.Union([ScreenResultRef, ScreenBatchResultSchema]), ...errorResponses(503) },
      },
    },
    async (req, reply) => {
      const body = req.body as ScreenOneBody | ScreenBatchBody;
      const dataset = holder.require();
      const opts = { limit: body.limit ?? 10, threshold: body.threshold ?? DEFAULT_THRESHOLD };
      // the 200 schema is a union (one result or a batch); serialising each shape with its own
      // compiled schema spares fast-json-stringify the per-response anyOf check
      reply.type('application/json; charset=utf-8');
      if ('queries' in body) {
        const queries = body.queries.map((r, i) => toScreenQuery(r, `queries[${i}]`));
        const results = [];
        for (let i = 0; i < queries.length; i++) {
          // a big batch yields now and then, so single queries from other callers are not held up
          if (i > 0 && i % BATCH_SLICE === 0) await new Promise((r) => setImmediate(r));
          results.push({ query: queries[i]!, hits: dataset.index.screen(queries[i]!, opts) });
        }
        const result = { results };
        return reply.send(reply.compileSerializationSchema(ScreenBatchResultSchema)(result));
      }
      const { limit: _l, threshold: _t, ...record } = body;
      const query = toScreenQuery(record as ScreenRecord);
      return reply.send(reply.compileSerializationSchema(ScreenResultRef)({ query, hits: dataset.index.screen(query, opts) }));
    },
  );

  app.post(
    '/compare',
    {
      schema: {
        summary: 'Compare two names',
        description: 'Score one name against another, with the explanation. Needs no loaded lists.',
        tags: ['screening'],
        body: CompareBodySchema,
        response: { 200: CompareResultSchema, ...errorResponses() },
      },
    },
    async (req) => {
      const { a, b, type } = req.body as CompareBody;
      const r = compareNames(a, b, schemaOfType(type as string | undefined));
      return { score: r.score, match: r.score >= DEFAULT_THRESHOLD, explanation: r.explanation };
    },
  );
};
