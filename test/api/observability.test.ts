import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startServer, type TestServer } from './test-server.js';

/** A pino logger whose JSON lines land in an array. */
function capture(level = 'debug') {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: pino({ level }, stream) };
}

describe('logs', () => {
  const log = capture();
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ logger: log.logger });
  });
  afterAll(() => s.close());

  it('are JSON, one line per request, and never carry the names or bodies screened', async () => {
    await postJson(s.base, '/screen', { name: 'Zebulon Quartermaine', dob: '1980-04-01', ids: ['XK99887766'] });
    await getJson(s.base, `/search?q=${encodeURIComponent('Zebulon Quartermaine')}`);
    await postJson(s.base, '/compare', { a: 'Zebulon Quartermaine', b: 'Quartermaine Zeb' });
    await getJson(s.base, `/ui/search/results?q=Zebulon`);
    await new Promise((r) => setTimeout(r, 50));
    const entries = log.lines.map((l) => JSON.parse(l));
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.map((e) => e.route)).toEqual(expect.arrayContaining(['/screen', '/search', '/compare', '/ui/search/results']));
    for (const r of requests) expect(r).toMatchObject({ method: expect.any(String), status: 200, ms: expect.any(Number) });
    const all = log.lines.join('\n');
    expect(all).not.toMatch(/Zebulon|Quartermaine|XK99887766|1980-04-01/);
  });

  it('carry bodies only when asked (logBodies)', async () => {
    const asked = capture();
    const t = await startServer({ logger: asked.logger, logBodies: true });
    try {
      await postJson(t.base, '/screen', { name: 'Zebulon Quartermaine' });
      await new Promise((r) => setTimeout(r, 50));
      expect(asked.lines.join('\n')).toContain('Zebulon Quartermaine');
    } finally {
      await t.close();
    }
  });
});

describe('GET /metrics', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('counts requests and records latency histograms in Prometheus text format', async () => {
    for (let i = 0; i < 3; i++) await postJson(s.base, '/screen', { name: 'Acme Trading' });
    await postJson(s.base, '/screen', { bad: true });
    const r = await fetch(`${s.base}/metrics`);
    expect(r.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await r.text();
    expect(text).toContain('# TYPE criba_http_requests_total counter');
    expect(text).toContain('criba_http_requests_total{method="POST",route="/screen",status="200"} 3');
    expect(text).toContain('criba_http_requests_total{method="POST",route="/screen",status="400"} 1');
    expect(text).toContain('# TYPE criba_http_request_duration_seconds histogram');
    expect(text).toContain('criba_http_request_duration_seconds_bucket{method="POST",route="/screen",status="200",le="+Inf"} 3');
    expect(text).toContain('criba_http_request_duration_seconds_count{method="POST",route="/screen",status="200"} 3');
    expect(text).toMatch(/criba_entities_loaded 4\n/);
    expect(text).toMatch(/criba_process_resident_memory_bytes \d+/);
    expect(text).toMatch(/# TYPE criba_process_cpu_seconds_total counter\ncriba_process_cpu_seconds_total [\d.]+/);
    // buckets are cumulative and end at the count
    const buckets = [...text.matchAll(/criba_http_request_duration_seconds_bucket\{method="POST",route="\/screen",status="200",le="[^"]+"\} (\d+)/g)].map((m) => Number(m[1]));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    expect(buckets.at(-1)).toBe(3);
    // every sample line is `name{labels} value` or `name value`
    for (const line of text.trim().split('\n')) if (!line.startsWith('#')) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$/);
  });
});
