/**
 * The pool's cache of whole-query answers, for files that repeat names (customer files do: the
 * same person on several accounts, the same supplier on every invoice).
 *
 * The key is the complete query — name and every qualifier, in a canonical JSON form — plus the
 * options that shape the answer (limit, threshold). Two queries share an entry only when they are
 * equal field by field; a query holding anything but plain JSON values gets no key and is never
 * cached. Entries are the hits as JSON text, so a cached answer cannot be changed by whoever reads
 * it, and each reader parses its own copy.
 */
import type { ScreenQuery } from '../match/index.js';

export interface QueryCacheLimits {
  /** Most queries kept (0 turns the cache off). */
  entries: number;
  /** Most characters of JSON kept, all entries together. */
  chars: number;
}

export const DEFAULT_CACHE_LIMITS: QueryCacheLimits = Object.freeze({ entries: 20_000, chars: 32_000_000 });

/** Least-recently-used, bounded by entry count and by total size. */
export class QueryCache {
  private readonly map = new Map<string, string>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly limits: QueryCacheLimits = DEFAULT_CACHE_LIMITS) {}

  get size(): number {
    return this.map.size;
  }

  /** Whether anything can be kept at all (`entries: 0` turns the cache off). */
  get enabled(): boolean {
    return this.limits.entries > 0 && this.limits.chars > 0;
  }

  get(key: string): string | undefined {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: string): void {
    if (this.limits.entries <= 0 || value.length + key.length > this.limits.chars) return;
    const old = this.map.get(key);
    if (old !== undefined) {
      this.chars -= old.length + key.length;
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.chars += value.length + key.length;
    while (this.map.size > this.limits.entries || this.chars > this.limits.chars) {
      const oldest = this.map.keys().next().value as string;
      this.chars -= this.map.get(oldest)!.length + oldest.length;
      this.map.delete(oldest);
    }
  }
}

/**
 * The cache key of a query under given options, or undefined when the query holds a value that
 * canonical JSON cannot tell apart (a Date, a Map, NaN…): such a query is screened, never cached.
 */
export function queryKey(query: ScreenQuery, opts: { limit?: number; threshold?: number }): string | undefined {
  const body = canonicalJson(query);
  if (body === undefined) return undefined;
  return `${opts.limit ?? ''}|${opts.threshold ?? ''}|${body}`;
}

/** JSON with object keys sorted and undefined members left out; undefined for non-JSON values. */
export function canonicalJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (const item of value) {
          const s = canonicalJson(item);
          if (s === undefined) return undefined;
          items.push(s);
        }
        return `[${items.join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return undefined;
      const members: string[] = [];
      for (const k of Object.keys(value).sort()) {
        const v = (value as Record<string, unknown>)[k];
        if (v === undefined) continue;
        const s = canonicalJson(v);
        if (s === undefined) return undefined;
        members.push(`${JSON.stringify(k)}:${s}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      return undefined;
  }
}
