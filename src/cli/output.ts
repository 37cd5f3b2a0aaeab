/**
 * Small printing helpers shared by commands: JSON for scripts, colour only on a TTY.
 */
import pc from 'picocolors';
import { isCribaError } from '../errors.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** stderr is a terminal: progress bars and progress lines go there. */
  isTTY: boolean;
  /** Colour the output (stdout is a terminal and NO_COLOR is not set). Default: no colour. */
  color?: boolean;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
};

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour functions for this output: real ones on a terminal, identity functions otherwise. */
export function colorsOf(io: Io): Colors {
  return pc.createColors(io.color ?? false);
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Print an error as one clear line (stack only with CRIBA_DEBUG) and return exit code 1 (2 for usage). */
export function reportError(io: Io, err: unknown): number {
  const pc = colorsOf(io);
  if (isCribaError(err)) {
    io.err(`${pc.red('error')} [${err.code}] ${err.message}`);
    if (process.env.CRIBA_DEBUG) io.err(String(err.stack));
    return err.code === 'E_INPUT' ? 2 : 1;
  }
  io.err(`${pc.red('error')} ${err instanceof Error ? (process.env.CRIBA_DEBUG ? err.stack : err.message) : String(err)}`);
  return 1;
}
