/** Where criba keeps its data: $CRIBA_HOME, or ~/.criba. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function resolveHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.CRIBA_HOME ? resolve(env.CRIBA_HOME) : join(homedir(), '.criba');
}
