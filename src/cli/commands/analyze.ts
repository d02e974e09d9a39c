/** `orgnet analyze FILE`: the report, in the format asked for, on stdout or atomically to -o. */
import { Option, type Command } from 'commander';
import { ABOUT } from './about.js';
import { UsageError } from '../../core/base/errors.js';
import { LANGS, renderContext, TABLES, type CsvStyle, type Lang, type TableName } from '../../render/context.js';
import { formatNames, rendererOf, type FormatName } from '../../render/formats.js';
import { partsFor } from '../../render/index.js';
import { SORTABLE_PERSON_FIELDS } from '../../render/person-fields.js';
import { readViewerAssets } from '../../io/viewer-assets.js';
import { NO_TIMINGS } from '../../core/base/timings.js';
import { assertOutput, OUTPUT_OPTION, outputOf, writeChunks } from '../output.js';
import { phaseLog } from '../phase-log.js';
import { terminalWidth, useColor, type Io } from '../io.js';
import { addAnalysisOptions, delimiter, pseudonymsOf, type Flags } from '../options.js';
import { inputFiles, runAnalysis } from '../run-analysis.js';

type Format = FormatName<'analyze'>;

const EXAMPLES = `
Examples:
  $ orgnet analyze interactions.csv --people people.csv
  $ orgnet analyze survey.csv --reverse --people people.csv --group-by team
  $ orgnet analyze chat.csv --since 2026-01-01 --until 2026-07-01 --period week
  $ orgnet analyze contacts.csv --undirected --people people.csv
  $ orgnet analyze attendees.csv --events --people people.csv
  $ orgnet analyze mail.csv --split-targets ";" --encoding windows-1252
  $ orgnet analyze chat.csv --format json | jq '.org.reciprocity'
  $ orgnet analyze chat.csv --format csv --table people > people-metrics.csv
  $ orgnet analyze datos.csv --delimiter ";" --format csv --excel -o personas.csv
  $ orgnet analyze chat.csv --format md -o report.md
  $ orgnet analyze chat.csv --people people.csv -o report.xlsx --lang es
  $ orgnet analyze chat.csv --people people.csv -o report.html --lang es
  $ orgnet analyze june.csv --people people.csv --compare january.csv -o changes.html
  $ orgnet analyze june.csv --people people.csv --compare last-month.json -o changes.html
  $ orgnet analyze chat.csv --format ndjson --table ties | jq -c 'select(.weight >= 10)'
  $ cat export.csv | orgnet analyze - --format json -o report.json

Exit codes: 0 success, 2 bad usage or bad input, 3 internal error.`;

export function analyzeCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('analyze')
    .description(ABOUT.analyze.description)
    .argument('<file>', 'interactions CSV (source,target[,weight][,timestamp]); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o extension, else table)').choices(formatNames('analyze')))
    .addOption(new Option('--table <name>', 'which table --format csv or ndjson writes').choices(TABLES).default('people'))
    .addOption(new Option('--lang <lang>', 'language of the html and xlsx reports').choices(['en', 'es']).default('en'))
    .option('--top <n>', 'people shown in the table view', '10')
    .option('--compare <before>', 'the HTML report shows what changed since this earlier snapshot (interactions file or JSON report, as orgnet diff takes)')
    .option('--sort <metric>', `person field the top-people views rank by (${SORTABLE_PERSON_FIELDS.slice(0, 9).join(', ')}, …)`, 'sourcePagerank')
    .option(...OUTPUT_OPTION)
    .option('--excel', 'CSV for Excel: a UTF-8 byte-order mark; with --delimiter ";" (or --output-delimiter ";") also ; and decimal commas')
    .option('--title <text>', 'title of the html, md and xlsx reports (default: "Organizational network report" and the file\'s name)')
    .option('--output-delimiter <char>', 'CSV output delimiter: "," ";" "tab" or "|" (default ","; with --excel, --delimiter\'s)');
  addAnalysisOptions(command).addHelpText('after', EXAMPLES);
  command.action(async (file: string, flags: Flags) => {
    const out = outputOf('analyze', { output: flags.output as string | undefined, format: flags.format as Format | undefined }, io);
    const { format } = out;
    const output = out.file;
    const top = Number(flags.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top ${String(flags.top)}: expected a whole number ≥ 1`);
    const sort = String(flags.sort);
    if (!(SORTABLE_PERSON_FIELDS as readonly string[]).includes(sort)) {
      throw new UsageError(`--sort ${sort}: unknown person field; use one of ${SORTABLE_PERSON_FIELDS.join(', ')}`);
    }
    const csvOptions = csvStyle(flags, format);
    const compare = typeof flags.compare === 'string' ? flags.compare : null;
    // The diff's modules load only for a comparison, as main.ts loads only the command that runs.
    const comparing = compare !== null ? { ...(await import('../compare.js')), ...(await import('../diff-sides.js')) } : null;
    if (comparing && compare !== null) comparing.assertCompareFormat(format, compare, file);
    assertOutput('analyze', out, { inputs: inputFiles(file, flags), rejects: flags.rejects as string | undefined }, io);
    const beforeSide = comparing && compare !== null ? await comparing.detectCompare(compare, file, flags, output, io) : null;

    const log = phaseLog(flags);
    // BEFORE first: a bad or foreign JSON report stops the run before the longer analysis.
    // One set of pseudonyms for both snapshots, as orgnet diff shares one between its sides.
    const pseudonyms = pseudonymsOf(flags, io);
    const before = comparing && beforeSide ? await comparing.loadSide(beforeSide, flags, io, pseudonyms) : null;
    const analysis = await runAnalysis(file, flags, io, partsFor(format, flags.table as TableName), log, pseudonyms);
    const diff = comparing && before ? comparing.diffAgainst(before, file, analysis, flags, io, pseudonyms) : undefined;
    const lang = (LANGS as readonly string[]).includes(String(flags.lang)) ? (flags.lang as Lang) : 'en';
    const color = !output && format === 'table' && useColor(io, flags.color as boolean | undefined);
    const width = terminalWidth(io, output !== null);
    const title = typeof flags.title === 'string' && flags.title.trim() !== '' ? flags.title.trim() : null;
    const ctx = renderContext({ color, top, sort, width, title, table: flags.table as TableName, csv: csvOptions, lang, ...(diff ? { compare: diff } : {}), ...(format === 'html' ? { viewer: readViewerAssets() } : {}) });
    const render = await rendererOf('analyze', format);
    await (log?.timings ?? NO_TIMINGS).time('write', () => writeChunks(render(analysis, ctx), out, io));
    log?.print(io.stderr);
    setExit(0);
  });
}

/**
 * How CSV cells are written. `--delimiter` is an input option; with `--excel` it also names the
 * output's delimiter (a Spanish-locale export read with ";" is written back with ";"), and
 * `--output-delimiter` sets it alone, leaving the input's detection untouched.
 */
function csvStyle(flags: Flags, format: Format): CsvStyle {
  const excel = flags.excel === true;
  const out = delimiter(flags.outputDelimiter, 'output-delimiter');
  if ((excel || out !== undefined) && format !== 'csv') {
    throw new UsageError(`${excel ? '--excel' : '--output-delimiter'} applies to --format csv only (this run writes ${format})`);
  }
  const chosen = out ?? (excel ? delimiter(flags.delimiter) : undefined) ?? ',';
  return { delimiter: chosen, decimalComma: excel && chosen === ';', bom: excel };
}
