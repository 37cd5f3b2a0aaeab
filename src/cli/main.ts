/**
 * The `criba` command line. Thin: parse arguments, call the library, print. Each command lives in
 * its own file under commands/ and registers itself through commands/index.ts.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { processIo, reportError, type Io } from './output.js';

export function buildProgram(io: Io = processIo): Command {
  const program = new Command('criba')
    .description(
      'Sanctions screening: load official lists, screen names, records and documents, and explain every hit.\n' +
        'Data lives in $CRIBA_HOME (default ~/.criba).',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ criba update --from ./lists/ofac/sdn-2022-01-21   load OFAC SDN from local official files
  $ criba screen "Osiris Luna Meza"                    screen one name
  $ criba screen "Luna Meza" --type person --dob 1989 --country SV --json
  $ criba screen --input customers.csv --output hits.jsonl
  $ criba compare "Carlos Amilcar Marroquin" "MARROQUIN CHICA, Carlos Amilcar"
  $ criba lists                                        what is loaded`,
    );
  // set before the commands are added, so that every subcommand inherits it: a bad option value
  // then throws a CommanderError instead of calling process.exit
  program.exitOverride();
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    return reportError(io, err);
  }
}
