/** The HTTP API as a library: build the server yourself, or run `criba serve`. */
export { buildServer, type CribaServer } from './server.js';
export type { ServerOptions } from './server-options.js';
export type { DataBackend, ScanBackend, ServedDataset, UpdateReport, UpdateRequest, DocumentScanner } from './backend.js';
export { snapshotBackend } from './snapshot-backend.js';
export { libraryScanBackend } from './scan-backend.js';
export { DatasetHolder } from './dataset-holder.js';
export { ApiError, API_ERROR_CODES, API_ERROR_STATUS, type ApiErrorCode } from './api-error.js';
export { ApiKeyRing, addApiKey, apiKeyFilePath, createApiKey, hashApiKey, readApiKeys, type ApiKeyRecord } from './api-keys.js';
