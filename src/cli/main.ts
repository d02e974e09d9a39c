/**
 * The command line: the only place that turns outcomes and errors into exit codes
 * (SPEC §7): 0 success, 1 a check rule failed, 2 bad usage or input, 3 internal error.
 */
import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../core/errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

export { nodeIo } from './io.js';
export type { Io } from './io.js';

const EXAMPLES = `
Examples:
  $ orgnet analyze interactions.csv --people people.csv
  $ orgnet analyze interactions.csv --format json | jq .org
  $ orgnet analyze interactions.csv --format csv --table people > people.csv
  $ orgnet check interactions.csv --rule "reciprocity >= 0.3" --format junit -o orgnet.xml
  $ orgnet diff last-month.json this-month.csv --fail-on "delta(reciprocity) < -0.05"
  $ orgnet validate interactions.csv --people people.csv
  $ orgnet export interactions.csv --people people.csv -o org.gexf
  $ orgnet schema > orgnet-report.schema.json

Run "orgnet help COMMAND" (analyze, check, diff, validate, export, schema) for every option.
Exit codes: 0 success, 1 a check rule failed (or a diff --fail-on rule held), 2 bad usage or
bad input (validate: the files have problems), 3 internal error.`;



export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('orgnet')
    .description('Organizational network analysis from CSV exports of who shares knowledge with whom.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `orgnet: ${s}` : s),
    })
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES);
  const setExit = (c: number) => {
    code = c;
  };
  analyzeCommand(program, io, setExit);
  checkCommand(program, io, setExit);
  diffCommand(program, io, setExit);
  validateCommand(program, io, setExit);
  exportCommand(program, io, setExit);
  schemaCommand(program, io, setExit);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io, argv.includes('--debug'));
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; --help and --version exit 0, and so
    // does nothing else: a missing command or a bad flag is a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    for (const line of error.lines()) io.stderr.write(`${line}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`orgnet: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`orgnet: internal error: ${message}\nThis is a bug in orgnet ${VERSION}; please report it with the command you ran and the output of --debug.\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('Run again with --debug to see the stack trace.\n');
  return 3;
}
