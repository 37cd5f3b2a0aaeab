/** POST /scan: a document (text, HTML, or a URL to fetch) → the listed parties it mentions. */
import { ApiError, notImplemented } from '../api-error.js';
import type { DatasetHolder } from '../dataset-holder.js';
import type { RegisterRoutes } from '../route-context.js';
import { errorResponses } from '../schemas/error-schema.js';
import { ScanBodySchema, ScanResultSchema, type ScanBody, type ScanResultBody } from '../schemas/scan-schema.js';
import { DEFAULTS } from '../server-options.js';
import { assertPublicUrl } from '../url-guard.js';

export const registerScanRoutes: RegisterRoutes = (app, { holder, options }) => {
  app.post(
    '/scan',
    {
      bodyLimit: options.scanBodyLimit ?? DEFAULTS.scanBodyLimit,
      schema: {
        summary: 'Scan a document',
        description:
          'Send `{"text"}`, `{"html"}` or `{"url"}` as JSON, or the document itself as text/plain or text/html. ' +
          'Returns the text that was scanned and every listed party found in it, with mention offsets into that text.',
        tags: ['documents'],
        consumes: ['application/json', 'text/plain', 'text/html'],
        body: ScanBodySchema,
        response: { 200: ScanResultSchema, ...errorResponses(413, 415, 501, 502, 503) },
      },
    },
    async (req) => {
      const contentType = String(req.headers['content-type'] ?? '');
      return scanDocument(holder, req.body as ScanBody, contentType.startsWith('text/html'), urlPolicyOf(options));
    },
  );
};

/** Shared by the route and the document page. */
export interface UrlPolicy {
  /** Fetch `{url}` bodies at all. */
  allowUrlFetch: boolean;
  /** Also fetch from private, loopback and link-local addresses. */
  allowPrivateUrls: boolean;
}

export function urlPolicyOf(options: { allowUrlFetch?: boolean; allowPrivateUrls?: boolean }): UrlPolicy {
  return { allowUrlFetch: options.allowUrlFetch ?? DEFAULTS.allowUrlFetch, allowPrivateUrls: options.allowPrivateUrls ?? false };
}

export async function scanDocument(holder: DatasetHolder, body: ScanBody, rawIsHtml: boolean, policy: UrlPolicy): Promise<ScanResultBody> {
  const backend = holder.scanBackendPresent;
  if (!backend) throw notImplemented('Document scanning (src/scan)');
  const dataset = holder.require();
  const extract = async (html: string, url?: string) => {
    if (!backend.extractText) throw notImplemented('Article extraction from HTML (send plain text meanwhile)');
    return backend.extractText(html, url);
  };
  let text: string;
  if (typeof body === 'string') text = rawIsHtml ? await extract(body) : body;
  else if ('text' in body) text = body.text;
  else if ('html' in body) text = await extract(body.html);
  else {
    if (!policy.allowUrlFetch) throw new ApiError('E_FORBIDDEN', 'This server does not fetch URLs; send the text or HTML instead.');
    if (!backend.fetchText) throw notImplemented('Fetching documents by URL');
    if (!policy.allowPrivateUrls) await assertPublicUrl(body.url);
    text = await backend.fetchText(body.url);
  }
  const scanner = await holder.scanner(dataset);
  const result = await scanner.scan(text);
  return { text, entities: result.entities };
}
