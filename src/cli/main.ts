/**
 * The command line: the only place that turns outcomes and errors into exit codes
 * (docs/ci.md#exit-codes): 0 success, 1 a check rule failed, 2 bad usage or input, 3 internal error.
 */
import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError } from '../core/base/errors.js';
import { printable } from '../core/base/printable.js';
import { CATALOG, type CommandName } from './commands/catalog.js';
import type { Io } from './io.js';
import { endUnusedReadWorker, startReadWorkerFor } from '../io/read-worker-start.js';
import { VERSION } from '../io/version.js';

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
      // Help wraps at 80 columns on any terminal, like git's and man's, so the text rendered at
      // build time for the start-up path (scripts/render-start-texts.mjs) is what this prints.
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      outputError: (s, write) => write(s.startsWith('error:') ? `orgnet: ${s}` : s),
    })
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES);
  const setExit = (c: number) => {
    code = c;
  };
  // The reading thread of a large file starts while the command's modules load.
  if (ANALYSING.has(argv[0] ?? '')) startReadWorkerFor(argv.slice(1), io.cwd);
  try {
    await registerCommands(program, argv, io, setExit);
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io, argv.includes('--debug'));
  } finally {
    endUnusedReadWorker();
  }
}

/** The commands that read an interactions file through runAnalysis (run-analysis.ts). */
const ANALYSING = new Set(['analyze', 'check', 'export', 'diff']);

/**
 * The command that runs (or whose help is asked for) is loaded and registered for real; the
 * others only as their name, arguments and description, for the top-level help and for
 * commander's suggestions — so `orgnet --help` loads none of the analysis.
 */
async function registerCommands(program: Command, argv: string[], io: Io, setExit: (code: number) => void): Promise<void> {
  const first = argv.find((a) => !a.startsWith('-'));
  const wanted = first === 'help' ? argv[argv.indexOf('help') + 1] : first;
  for (const [name, entry] of Object.entries(CATALOG) as [CommandName, (typeof CATALOG)[CommandName]][]) {
    if (name === wanted) {
      (await entry.load())(program, io, setExit);
      continue;
    }
    const stub = program.command(name).description(entry.description);
    for (const arg of entry.args) stub.argument(arg);
    // Only so the help shows `[options]`: the real options come when the command is loaded.
    if (entry.options) stub.addOption(new Option('--options-of-the-command').hideHelp());
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; --help and --version exit 0, and so
    // does nothing else: a missing command or a bad flag is a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  // Each line of a message is shown printable: a file name, a cell or a rule from the user may
  // hold a NUL, an escape sequence or a line break, and a message must stay one line each.
  if (error instanceof InputError) {
    for (const line of error.lines()) io.stderr.write(`${printable(line)}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    // A rule's error is its line, then the rule with carets under the bad part (check/rules.ts).
    const [first, ...rest] = error.message.split('\n');
    io.stderr.write(`orgnet: ${printable(first ?? '')}\n${rest.map((l) => `${printable(l)}\n`).join('')}`);
    return 2;
  }
  const message = printable(error instanceof Error ? error.message : String(error));
  io.stderr.write(`orgnet: internal error: ${message}\nThis is a bug in orgnet ${VERSION}; please report it with the command you ran and the output of --debug.\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('Run again with --debug to see the stack trace.\n');
  return 3;
}
