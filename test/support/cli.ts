/** Run the criba CLI in-process with captured output, against a given data directory. */
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(home: string, ...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const previousHome = process.env.CRIBA_HOME;
  process.env.CRIBA_HOME = home;
  process.exitCode = 0;
  try {
    const code = await main(['node', 'criba', ...args], {
      out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
      err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
      isTTY: false,
    });
    return { code, out, err };
  } finally {
    process.exitCode = 0;
    if (previousHome === undefined) delete process.env.CRIBA_HOME;
    else process.env.CRIBA_HOME = previousHome;
  }
}
