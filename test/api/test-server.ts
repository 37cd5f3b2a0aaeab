/** Start a real server on 127.0.0.1:0 for a test, over hand-made entities or a given backend. */
import type { AddressInfo } from 'node:net';
import { buildServer, type CribaServer } from '../../src/api/server.js';
import type { ServerOptions } from '../../src/api/server-options.js';
import { datasetFromEntities } from '../../src/snapshot/index.js';
import { fixtureEntities, fixtureSnapshot } from './fixture-entities.js';

export interface TestServer extends CribaServer {
  base: string;
  close(): Promise<void>;
}

export async function startServer(options: Partial<ServerOptions> = {}, load = true): Promise<TestServer> {
  const entities = fixtureEntities();
  const server = await buildServer({
    backend: { open: async () => datasetFromEntities(entities, [fixtureSnapshot(entities.length)]) },
    logger: false,
    ...options,
  });
  if (load) await server.holder.load();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.app.server.address() as AddressInfo;
  return { ...server, base: `http://127.0.0.1:${port}`, close: () => server.app.close() };
}

export async function getJson(base: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await fetch(base + path, init);
  const text = await r.text();
  return { status: r.status, body: text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text, headers: r.headers };
}

export function postJson(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(base, path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
