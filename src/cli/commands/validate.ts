/**
 * `orgnet validate FILE [--people FILE]` (docs/options.md): reads the input files as `analyze` would,
 * with the same options, and says what they hold and every problem, computing no metric.
 * Exit 0 when `analyze` would take the files, 2 when not (or, with --strict, when the two files
 * disagree or rows repeat). The verdict is the exit code, as `check`'s is; the report goes to
 * stdout or, atomically, to -o.
 */
import type { Command } from 'commander';
import { ABOUT } from './about.js';
import { resolve } from 'node:path';
import { UsageError } from '../../core/base/errors.js';
import { validateInputs, type ValidateSource } from '../../core/validate/validate.js';
import { NO_TIMINGS } from '../../core/base/timings.js';
import { withProgress } from '../../io/progress.js';
import { openTable, tableFormat, type InputFormat } from '../../io/read-stream.js';
import { renderContext } from '../../render/context.js';
import { rendererOf } from '../../render/formats.js';
import { assertOutput, outputOf, writeChunks } from '../output.js';
import { useColor, type Io } from '../io.js';
import { pseudonymsOf, toAnalyzeOptions } from '../options/analyze-options.js';
import { VALIDATE_OPTIONS } from '../options/validate.js';
import { addOptions, parseOptions } from '../options/table.js';
import { phaseLog } from '../phase-log.js';
import { inputFiles } from '../run-analysis.js';
import { VERSION } from '../../io/version.js';

const EXAMPLES = `
Examples:
  $ orgnet validate interactions.csv --people people.csv
  $ orgnet validate export.csv --encoding windows-1252 --delimiter ";"
  $ orgnet validate attendees.csv --events --format json | jq '.interactions.events'
  $ orgnet validate interactions.csv --people people.csv --strict     # CI: the two files must agree
  $ cat export.csv | orgnet validate -

Every analysis option is accepted, so an analyze command line validates as it is; those that
shape the reading (delimiter, columns, --reverse, --wide, --events, --split-targets, --undirected,
--encoding, --max-field-size, --relation, --since/--until, --remove, --lenient, --group-by,
--min-tie-weight, --period) change what is counted, the others change nothing.

Exit codes: 0 the files are valid (orgnet analyze takes them), 2 problems (or bad usage),
3 internal error.`;

export function validateCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('validate')
    .description(ABOUT.validate.description)
    .argument('<file>', 'interactions CSV or parquet; - reads standard input');
  addOptions(command, VALIDATE_OPTIONS).addHelpText('after', EXAMPLES);
  command.action(async (file: string, given: Record<string, unknown>) => {
    const flags = parseOptions(VALIDATE_OPTIONS, given);
    const out = outputOf('validate', flags, io);
    const { format } = out;
    const output = out.file;
    const { limit } = flags;
    if (flags.rejects !== undefined) throw new UsageError('validate lists the bad rows itself (--limit N lists more); --rejects belongs to analyze');
    const options = toAnalyzeOptions(flags);
    // A missing salt stops the run before anything is read.
    const pseudonyms = pseudonymsOf(flags, io);
    const peopleFile = flags.people ?? null;
    if ([file, peopleFile, flags.hierarchy].filter((f) => f === '-').length > 1) throw new UsageError('only one input can be read from standard input (-)');
    assertOutput('validate', out, { inputs: inputFiles(file, flags) }, io);

    const log = phaseLog(flags);
    const quiet = flags.quiet === true;
    const interactions = source(file, flags.inputFormat, io, quiet);
    const people = peopleFile === null ? null : source(peopleFile, undefined, io, true);
    const hierarchy = flags.hierarchy === undefined ? null : source(flags.hierarchy, undefined, io, true);
    if (hierarchy !== null && flags.managerCol !== undefined) throw new UsageError('--hierarchy and --manager-col both give the reporting line: use one');
    const timings = log?.timings ?? NO_TIMINGS;
    const validation = await timings.time('read and check', () => validateInputs({ interactions, people, hierarchy }, options, { version: VERSION, strict: flags.strict === true, limit, pseudonyms }));
    const color = !output && format === 'table' && useColor(io, flags.color);
    const render = await rendererOf('validate', format);
    await timings.time('write', () => writeChunks(render(validation, renderContext({ color })), out, io));
    // The file holds the problems; the terminal that ran the command is told there are some.
    if (output && !validation.valid && !quiet) {
      io.stderr.write(`orgnet: not valid: ${validation.errors} problem${validation.errors === 1 ? '' : 's'}, listed in ${String(out.named)}\n`);
    }
    log?.print(io.stderr);
    setExit(validation.valid ? 0 : 2);
  });
}

/** A file as validate opens it: by the reader's rules, with a progress bar for a large one on a terminal. */
function source(file: string, format: InputFormat | undefined, io: Io, quiet: boolean): ValidateSource {
  const path = file === '-' ? file : resolve(io.cwd, file);
  const name = file === '-' ? '<stdin>' : file;
  const container = tableFormat(path, format);
  return {
    file: name,
    format: container,
    open: () => {
      const table = openTable(path, io.stdin, name, format);
      return 'kind' in table ? table : withProgress(table, path, name, io.stderr, quiet);
    },
  };
}
