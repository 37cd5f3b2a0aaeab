/**
 * The web UI routes: server-rendered pages under /ui/ and their assets. Pages call the same library
 * paths as the API; when no list is loaded every page says so (layout banner) and shows no results.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CribaError } from '../errors.js';
import { ApiError, toErrorResponse } from '../api/api-error.js';
import { keyCookie } from '../api/key-cookie.js';
import type { RouteContext } from '../api/route-context.js';
import { relatedEntities } from '../api/related-entities.js';
import { scanDocument, urlPolicyOf } from '../api/routes/scan-routes.js';
import { schemaOfType } from '../api/screen-query.js';
import { DEFAULTS } from '../api/server-options.js';
import { SEARCH_THRESHOLD, typeAheadSearch } from '../api/type-ahead.js';
import { html, type Html } from './html.js';
import { documentForm, documentResult } from './pages/document-page.js';
import { entityPage } from './pages/entity-page.js';
import { layout, type Section } from './pages/layout.js';
import { listsPage, type ListView } from './pages/lists-page.js';
import { loginPage } from './pages/login-page.js';
import { searchPage, searchResults } from './pages/search-page.js';
import { loadAssets } from './static-assets.js';
import { ApiKeyRing } from '../api/api-keys.js';

const SEARCH_LIMIT = 15;
const hidden = { schema: { hide: true } };

export async function registerWeb(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { holder, options } = ctx;
  const assets = loadAssets();
  const keys = new ApiKeyRing(options.apiKeys ?? []);

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: options.scanBodyLimit ?? DEFAULTS.scanBodyLimit }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const page = (reply: FastifyReply, title: string, section: Section, body: Html, status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(layout({ title, section, holder, body }));

  const errorPage = (reply: FastifyReply, err: unknown, section: Section) => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500 && status !== 501 && status !== 503) reply.log.error({ err }, 'page failed');
    const message = body.error.code === 'E_NO_SNAPSHOT' ? '' : html`<p class="banner" role="alert"><strong>${body.error.code}</strong>${body.error.message}</p>`;
    return page(reply, 'Error', section, html`${message}`, status);
  };

  app.get('/', hidden, async (_req, reply) => reply.redirect('/ui/', 302));

  app.get('/ui/assets/:file', hidden, async (req, reply) => {
    const asset = assets.get((req.params as { file: string }).file);
    if (!asset) throw new ApiError('E_ROUTE_NOT_FOUND', 'no such asset');
    reply.header('etag', asset.etag).header('cache-control', 'public, max-age=300');
    if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.type(asset.type).send(asset.body);
  });

  app.get('/ui/', hidden, async (req, reply) => {
    const { q = '', type = '' } = req.query as { q?: string; type?: string };
    let results: Html | string = '';
    const dataset = holder.current;
    if (q.trim() && dataset) {
      try {
        const schema = schemaOfType(type || undefined);
        results = searchResults(q, typeAheadSearch(dataset, q, schema ? { schema } : {}, { limit: SEARCH_LIMIT, threshold: SEARCH_THRESHOLD }));
      } catch (err) {
        return errorPage(reply, err, 'search');
      }
    }
    return page(reply, q ? `${q} – Search` : 'Search', 'search', searchPage(q, type, results));
  });

  app.get('/ui/search/results', hidden, async (req, reply) => {
    const { q = '', type = '' } = req.query as { q?: string; type?: string };
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    const dataset = holder.current;
    if (!dataset) return html`<p class="empty" data-testid="no-lists-results">No lists are loaded: nothing to search.</p>`.value;
    if (!q.trim() || q.length > 500) return '';
    try {
      const schema = schemaOfType(type || undefined);
      return searchResults(q, typeAheadSearch(dataset, q, schema ? { schema } : {}, { limit: SEARCH_LIMIT, threshold: SEARCH_THRESHOLD })).value;
    } catch (err) {
      return html`<p class="empty">${toErrorResponse(err).body.error.message}</p>`.value;
    }
  });

  app.get('/ui/entities/:id', hidden, async (req, reply) => {
    const { id } = req.params as { id: string };
    try {
      const dataset = holder.require();
      const entity = dataset.get(id);
      if (!entity) throw new CribaError('E_NOT_FOUND', `No listed entity has the id "${id}".`);
      return page(reply, entity.names[0]?.full ?? id, 'entity', entityPage(entity, relatedEntities(dataset, entity)));
    } catch (err) {
      return errorPage(reply, err, 'entity');
    }
  });

  app.get('/ui/document', hidden, async (_req, reply) => {
    const note = holder.scanBackendPresent ? '' : html`<p class="banner" role="alert">Document scanning is not available in this build yet (the scanner, src/scan, is not wired in).</p>`;
    return page(reply, 'Document', 'document', documentForm('', '', note));
  });

  app.post('/ui/document', { ...hidden, bodyLimit: options.scanBodyLimit ?? DEFAULTS.scanBodyLimit }, async (req, reply) => {
    const { text = '', url = '' } = (req.body ?? {}) as { text?: string; url?: string };
    const form = documentForm(text, url);
    try {
      if (!text.trim() && !url.trim()) throw new CribaError('E_INPUT', 'Paste some text or give a web page address.');
      if (!text.trim() && !/^https?:\/\//i.test(url.trim())) throw new CribaError('E_INPUT', 'The address must start with http:// or https://.');
      const body = text.trim() ? { text } : { url: url.trim() };
      const result = await scanDocument(holder, body, false, urlPolicyOf(options));
      return page(reply, 'Document', 'document', html`${documentResult(result)}<details><summary>Scan another document</summary>${form}</details>`);
    } catch (err) {
      const { status, body } = toErrorResponse(err);
      const message = body.error.code === 'E_NO_SNAPSHOT' ? '' : html`<p class="banner" role="alert"><strong>${body.error.code}</strong> ${body.error.message}</p>`;
      return page(reply, 'Document', 'document', html`${message}${form}`, status);
    }
  });

  app.get('/ui/lists', hidden, async (_req, reply) => {
    const dataset = holder.current;
    if (!dataset) return page(reply, 'Lists', 'lists', listsPage([], 0));
    const backend = holder.backend;
    const views: ListView[] = [];
    for (const meta of dataset.snapshots) {
      const view: ListView = { meta };
      try {
        if (backend.history) view.history = await backend.history(meta.list);
        if (backend.delta) view.delta = await backend.delta(meta.list, meta.version);
      } catch (err) {
        reply.log.warn({ err, list: meta.list }, 'could not read the change record');
      }
      views.push(view);
    }
    const note = dataset.snapshots.length ? undefined : `${dataset.entities.length} entities loaded without snapshot records (test data).`;
    return page(reply, 'Lists', 'lists', listsPage(views, dataset.entities.length, note));
  });

  app.get('/ui/login', hidden, async (req, reply) => {
    const { next = '/ui/', failed } = req.query as { next?: string; failed?: string };
    return page(reply, 'API key', 'login', loginPage(safeNext(next), failed !== undefined));
  });

  app.post('/ui/login', hidden, async (req, reply) => {
    const { key = '', next = '/ui/' } = (req.body ?? {}) as { key?: string; next?: string };
    if (!keys.enabled) return reply.redirect(safeNext(next), 303);
    if (!keys.verify(key.trim())) return reply.redirect(`/ui/login?failed&next=${encodeURIComponent(safeNext(next))}`, 303);
    reply.header('set-cookie', keyCookie(key.trim(), req.protocol === 'https'));
    return reply.redirect(safeNext(next), 303);
  });
}

/** Only same-site paths: never redirect to another origin after login. */
function safeNext(next: string): string {
  return next.startsWith('/') && !next.startsWith('//') ? next : '/ui/';
}
