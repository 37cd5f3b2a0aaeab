/**
 * The server's one mutable thing: the dataset in use. Requests read `current` once and keep that
 * object for their whole life, so an update swaps the new dataset in atomically: a request sees the
 * old lists or the new ones, never a mix. A failed update leaves the dataset in use untouched.
 */
import { isCribaError } from '../errors.js';
import { ApiError, noListsError, notImplemented } from './api-error.js';
import type { DataBackend, DocumentScanner, ScanBackend, ServedDataset, UpdateReport, UpdateRequest } from './backend.js';

export type DatasetState = 'empty' | 'loading' | 'ready';

export interface DatasetLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class DatasetHolder {
  private dataset: ServedDataset | undefined;
  private loading = false;
  private updating: Promise<UpdateReport[]> | undefined;
  private scanners = new WeakMap<ServedDataset, Promise<DocumentScanner>>();
  /** Why the last load or update failed, for the status line of pages and /readyz. */
  lastError: string | undefined;
  /** Called after an update has run (e.g. to tell sibling server processes to reload). */
  onUpdated: (() => void) | undefined;
  /** Called with each dataset swapped in (e.g. to build lazy lookup tables before the first request). */
  onSwapped: ((dataset: ServedDataset) => void) | undefined;

  constructor(
    readonly backend: DataBackend,
    private readonly log: DatasetLog,
    private readonly scanBackend?: ScanBackend,
  ) {}

  get current(): ServedDataset | undefined {
    return this.dataset;
  }

  get state(): DatasetState {
    if (this.dataset) return 'ready';
    return this.loading || this.updating ? 'loading' : 'empty';
  }

  get updateRunning(): boolean {
    return this.updating !== undefined;
  }

  /** The dataset, or the clear 503 that says how to load lists. */
  require(): ServedDataset {
    if (!this.dataset) throw noListsError();
    return this.dataset;
  }

  /** Use a dataset (tests, and after an update). */
  swap(dataset: ServedDataset): void {
    this.dataset = dataset;
    this.lastError = undefined;
    this.onSwapped?.(dataset);
    this.log.info(
      { entities: dataset.entities.length, lists: dataset.snapshots.map((s) => `${s.list}@${s.version}`) },
      'lists loaded',
    );
  }

  /** Open what the store holds. Resolves to false (and logs how to load lists) when nothing is. */
  async load(): Promise<boolean> {
    this.loading = true;
    try {
      this.swap(await this.backend.open());
      return true;
    } catch (err) {
      if (isCribaError(err) && err.code === 'E_NO_SNAPSHOT') {
        this.log.warn({ code: 'E_NO_SNAPSHOT' }, noListsError().message);
        return false;
      }
      this.lastError = err instanceof Error ? err.message : String(err);
      this.log.error({ err }, 'could not open the lists');
      return false;
    } finally {
      this.loading = false;
    }
  }

  /** Run an update, then reopen and swap. One at a time: a second call gets E_UPDATE_RUNNING. */
  async update(request: UpdateRequest = {}): Promise<UpdateReport[]> {
    const update = this.backend.update?.bind(this.backend);
    if (!update) throw notImplemented('Updating lists from the server (the snapshot layer)');
    if (this.updating) throw new ApiError('E_UPDATE_RUNNING', 'An update is already running; try again when it has finished.');
    const run = (async () => {
      try {
        const reports = await update(request);
        this.log.info({ reports: reports.map((r) => ({ list: r.list, status: r.status, message: r.message })) }, 'update finished');
        await this.load();
        this.onUpdated?.();
        const failed = reports.filter((r) => r.status === 'error');
        if (!this.dataset && failed.length) this.lastError = failed.map((r) => `${r.list}: ${r.message ?? 'failed'}`).join('; ');
        return reports;
      } catch (err) {
        this.lastError = err instanceof Error ? err.message : String(err);
        this.log.error({ err }, 'update failed; the lists in use are unchanged');
        throw err;
      } finally {
        this.updating = undefined;
      }
    })();
    this.updating = run;
    return run;
  }

  /** The document scanner for the dataset in use, built once per dataset. */
  scanner(dataset: ServedDataset): Promise<DocumentScanner> {
    const backend = this.scanBackend;
    if (!backend) throw notImplemented('Document scanning (src/scan)');
    let s = this.scanners.get(dataset);
    if (!s) {
      s = Promise.resolve(backend.buildScanner(dataset.entities));
      this.scanners.set(dataset, s);
    }
    return s;
  }

  get scanBackendPresent(): ScanBackend | undefined {
    return this.scanBackend;
  }
}
