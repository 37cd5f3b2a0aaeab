/**
 * Prometheus metrics in the text exposition format (version 0.0.4), written by hand: a request
 * counter and a latency histogram per method, route and status, plus a few gauges. Recording is
 * one map lookup and a few additions per request.
 */

/** Histogram bucket bounds in seconds. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  method: string;
  route: string;
  status: string;
  count: number;
  sum: number;
  /** Non-cumulative counts per bucket; the last slot is +Inf. */
  buckets: number[];
}

export type GaugeReader = () => number;

export class Metrics {
  private readonly series = new Map<string, Series>();
  private readonly gauges = new Map<string, { help: string; type: 'gauge' | 'counter'; read: GaugeReader }>();

  /** Record one finished request. `route` is the route pattern (never the raw URL: it may hold a name). */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let s = this.series.get(key);
    if (!s) {
      s = { method, route, status: String(status), count: 0, sum: 0, buckets: new Array(LATENCY_BUCKETS.length + 1).fill(0) };
      this.series.set(key, s);
    }
    s.count++;
    s.sum += seconds;
    let i = 0;
    while (i < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[i]!) i++;
    s.buckets[i]!++;
  }

  /** A value read when scraped. */
  gauge(name: string, help: string, read: GaugeReader): void {
    this.gauges.set(name, { help, type: 'gauge', read });
  }

  /** A monotonic total read when scraped (e.g. CPU seconds). */
  counter(name: string, help: string, read: GaugeReader): void {
    this.gauges.set(name, { help, type: 'counter', read });
  }

  /** The exposition text. */
  render(): string {
    const lines: string[] = [];
    const all = [...this.series.values()].sort((a, b) => (a.route + a.method + a.status).localeCompare(b.route + b.method + b.status));
    lines.push('# HELP criba_http_requests_total HTTP requests answered, by method, route and status.');
    lines.push('# TYPE criba_http_requests_total counter');
    for (const s of all) lines.push(`criba_http_requests_total{${labels(s)}} ${s.count}`);
    lines.push('# HELP criba_http_request_duration_seconds Time to answer an HTTP request.');
    lines.push('# TYPE criba_http_request_duration_seconds histogram');
    for (const s of all) {
      let cumulative = 0;
      for (let i = 0; i < LATENCY_BUCKETS.length; i++) {
        cumulative += s.buckets[i]!;
        lines.push(`criba_http_request_duration_seconds_bucket{${labels(s)},le="${LATENCY_BUCKETS[i]}"} ${cumulative}`);
      }
      lines.push(`criba_http_request_duration_seconds_bucket{${labels(s)},le="+Inf"} ${s.count}`);
      lines.push(`criba_http_request_duration_seconds_sum{${labels(s)}} ${s.sum}`);
      lines.push(`criba_http_request_duration_seconds_count{${labels(s)}} ${s.count}`);
    }
    for (const [name, g] of this.gauges) {
      lines.push(`# HELP ${name} ${g.help}`);
      lines.push(`# TYPE ${name} ${g.type}`);
      lines.push(`${name} ${g.read()}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

function labels(s: Series): string {
  return `method="${escapeLabel(s.method)}",route="${escapeLabel(s.route)}",status="${s.status}"`;
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
