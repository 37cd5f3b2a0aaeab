/**
 * Snapshot shapes. A snapshot is one immutable load of one list: its entities as JSON lines, a
 * content hash, and metadata. Versions are ordered by load time; `current` is the last good one.
 */
export interface SnapshotMeta {
  list: string;
  /** `<UTC timestamp>-<hash prefix>`, e.g. `20260126T101500Z-3f2a9c1b`; sorts by load time. */
  version: string;
  /** sha256 (hex) of entities.jsonl. */
  hash: string;
  entityCount: number;
  /** When criba loaded it (ISO). */
  loadedAt: string;
  /** Publication date of the source files where known (ISO date), else undefined. */
  publishedAt?: string;
  /** Format id that was read, e.g. `csv`. */
  format: string;
  /** The source files as read: name, size, sha256. */
  files: { name: string; size: number; sha256: string }[];
  /** Where they came from: a URL or a local path. */
  origin: string;
}

export interface EntityChange {
  id: string;
  name: string;
  /** Fields whose values differ, e.g. ["names", "birthDates"]. */
  fields?: string[];
}

/** What one update changed against the previous snapshot of the same list. */
export interface Delta {
  list: string;
  from?: string;
  to: string;
  added: EntityChange[];
  removed: EntityChange[];
  changed: EntityChange[];
}
