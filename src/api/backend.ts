/**
 * What the server needs from the library, as small structural interfaces. `criba serve` wires in
 * the snapshot store and the document scanner; tests wire in hand-made datasets. An optional
 * member that is absent makes its endpoint answer 501 (E_NOT_IMPLEMENTED) instead of pretending.
 */
import type { Entity } from '../model/index.js';
import type { ScreeningIndex } from '../index/index.js';
import type { Delta, SnapshotMeta } from '../snapshot/types.js';
import type { ScanResult } from '../scan/index.js';

/** The loaded lists: the shape of the snapshot layer's `Dataset`. */
export interface ServedDataset {
  index: ScreeningIndex;
  entities: Entity[];
  snapshots: SnapshotMeta[];
  loadedAt: string;
  get(id: string): Entity | undefined;
}

/** One list's result of an update, as the snapshot layer reports it. */
export interface UpdateReport {
  list: string;
  status: string;
  message?: string;
  [more: string]: unknown;
}

export interface UpdateRequest {
  lists?: string[];
  force?: boolean;
  /** A folder of official files on the server's disk. */
  from?: string;
}

export interface DataBackend {
  /** Open the current snapshots; throws CribaError('E_NO_SNAPSHOT') when nothing is loaded. */
  open(): Promise<ServedDataset>;
  /** Run an update; the server reopens the dataset afterwards. */
  update?(request: UpdateRequest): Promise<UpdateReport[]>;
  /** Snapshot history of one list, newest last. */
  history?(list: string): Promise<SnapshotMeta[]>;
  /** What one snapshot version changed (default: the current one). */
  delta?(list: string, version?: string): Promise<Delta | undefined>;
}

export interface DocumentScanner {
  scan(text: string): ScanResult | Promise<ScanResult>;
}

export interface ScanBackend {
  /** Build a scanner over a dataset's entities (called once per loaded dataset). */
  buildScanner(entities: Entity[]): DocumentScanner | Promise<DocumentScanner>;
  /** HTML → the article's plain text (offsets of mentions refer to this text). Absent: HTML is 501. */
  extractText?(html: string, url?: string): string | Promise<string>;
  /** Fetch a page with size and time caps, and return the text to scan (article text for HTML). */
  fetchText?(url: string): Promise<string>;
}
