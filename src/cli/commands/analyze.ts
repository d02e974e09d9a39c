/** `orgnet analyze FILE`: the report, in the format asked for, on stdout or atomically to -o. */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { renderContext, TABLES, type TableName } from '../../render/context.js';
import type { Lang } from '../../render/i18n/numbers.js';
import { FORMATS, formatFromPath, RENDERERS, type Format } from '../../render/index.js';
import { SORTABLE_PERSON_FIELDS } from '../../render/person-fields.js';
import { assertNotInput, assertWritable } from '../../io/write-atomic.js';
import { emit } from '../emit.js';
import { useColor, type Io } from '../io.js';
import { addAnalysisOptions, type Flags } from '../options.js';
import { inputFiles, runAnalysis } from '../run-analysis.js';

const EXAMPLES = `
Examples:
  $ orgnet analyze interactions.csv --people people.csv
  $ orgnet analyze survey.csv --reverse --people people.csv --group-by team
  $ orgnet analyze chat.csv --since 2026-01-01 --until 2026-07-01 --period week
  $ orgnet analyze chat.csv --format json | jq '.org.reciprocity'
  $ orgnet analyze chat.csv --format csv --table people > people-metrics.csv
  $ cat export.csv | orgnet analyze - --format json -o report.json
  $ orgnet analyze chat.csv --people people.csv -o report.html --lang es

Exit codes: 0 success, 2 bad usage or bad input, 3 internal error.`;

export function analyzeCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('analyze')
    .description('analyse an interactions file: people, groups, communities, activity and the organization')
    .argument('<file>', 'interactions CSV (source,target[,weight][,timestamp]); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o extension, else table)').choices(FORMATS))
    .addOption(new Option('--table <name>', 'which table --format csv writes').choices(TABLES).default('people'))
    .option('--top <n>', 'people shown in the table view', '10')
    .option('--sort <metric>', `person field the table view ranks by (${SORTABLE_PERSON_FIELDS.slice(0, 8).join(', ')}, …)`, 'pagerank')
    .option('-o, --output <path>', 'write to this file (atomically) instead of standard output (- is standard output)')
    .addOption(new Option('--lang <lang>', 'language of the html and xlsx reports').choices(['en', 'es']).default('en'));
  addAnalysisOptions(command).addHelpText('after', EXAMPLES);
  command.action(async (file: string, flags: Flags) => {
    // `-o -` is standard output, as `-` is standard input.
    const output = typeof flags.output === 'string' && flags.output !== '-' ? resolve(io.cwd, flags.output) : null;
    const format = (flags.format as Format | undefined) ?? (output ? formatFromPath(String(flags.output)) : 'table');
    const top = Number(flags.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top ${String(flags.top)}: expected a whole number ≥ 1`);
    const sort = String(flags.sort);
    if (!(SORTABLE_PERSON_FIELDS as readonly string[]).includes(sort)) {
      throw new UsageError(`--sort ${sort}: unknown person field; use one of ${SORTABLE_PERSON_FIELDS.join(', ')}`);
    }
    if (output) checkOutput(output, file, flags, io);

    const analysis = await runAnalysis(file, flags, io);
    const ctx = renderContext({
      color: !output && format === 'table' && useColor(io, flags.color as boolean | undefined),
      top,
      sort,
      table: flags.table as TableName,
      lang: flags.lang as Lang,
    });
    await emit(RENDERERS[format](analysis, ctx), output, io.stdout);
    setExit(0);
  });
}

/** Everything that would make `-o` fail, found before the analysis runs (and writes --rejects). */
function checkOutput(output: string, file: string, flags: Flags, io: Io): void {
  assertNotInput(output, inputFiles(file, flags).map((f) => (f === '-' ? f : resolve(io.cwd, f))));
  if (typeof flags.rejects === 'string' && resolve(io.cwd, flags.rejects) === output) {
    throw new UsageError(`-o and --rejects both name ${String(flags.output)}; the report would replace the rejected rows`);
  }
  assertWritable(output);
}
