/**
 * Small printing helpers shared by commands: JSON for scripts, colour only on a TTY.
 */
import pc from 'picocolors';
import { isCribaError } from '../errors.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Print an error as one clear line (stack only with CRIBA_DEBUG) and return exit code 1 (2 for usage). */
export function reportError(io: Io, err: unknown): number {
  if (isCribaError(err)) {
    io.err(`${pc.red('error')} [${err.code}] ${err.message}`);
    if (process.env.CRIBA_DEBUG) io.err(String(err.stack));
    return err.code === 'E_INPUT' ? 2 : 1;
  }
  io.err(`${pc.red('error')} ${err instanceof Error ? (process.env.CRIBA_DEBUG ? err.stack : err.message) : String(err)}`);
  return 1;
}
