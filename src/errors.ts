/**
 * criba's errors. Few types, each with a stable `code` and the context a user needs to fix the
 * input: the file, the line, the field. The CLI prints `message`; scripts read `code`.
 */

export type ErrorCode =
  | 'E_PARSE' // a list file or input file could not be parsed
  | 'E_FORMAT' // a file is not in the format it should be (wrong list, wrong kind of file)
  | 'E_EMPTY' // a file or list holds nothing
  | 'E_ENCODING' // a file is not valid UTF-8 (or the encoding its format declares)
  | 'E_TOO_LARGE' // a file or download is past the size cap
  | 'E_DOWNLOAD' // a download failed (network, HTTP status, timeout)
  | 'E_SUSPICIOUS' // a load looks wrong (entity count dropped) and was not applied
  | 'E_NO_SNAPSHOT' // nothing is loaded yet
  | 'E_NOT_FOUND' // a list, snapshot or entity id that does not exist
  | 'E_INPUT'; // bad user input (arguments, query fields)

export interface ErrorContext {
  file?: string;
  line?: number;
  field?: string;
  url?: string;
  list?: string;
}

export class CribaError extends Error {
  readonly code: ErrorCode;
  readonly context: ErrorContext;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(withContext(message, context), options);
    this.name = 'CribaError';
    this.code = code;
    this.context = context;
  }
}

function withContext(message: string, ctx: ErrorContext): string {
  const where = ctx.file ? `${ctx.file}${ctx.line !== undefined ? `:${ctx.line}` : ''}` : ctx.url;
  return where && !message.includes(where) ? `${where}: ${message}` : message;
}

export function isCribaError(err: unknown): err is CribaError {
  return err instanceof CribaError;
}
