/** `orgnet analyze FILE`: the report, in the format asked for, on stdout or atomically to -o. */
import type { Command } from 'commander';
import { ABOUT } from './about.js';
import { UsageError } from '../../core/base/errors.js';
import { readViewerAssets } from '../../io/viewer-assets.js';
import { NO_TIMINGS } from '../../core/base/timings.js';
import { renderContext, type CsvStyle } from '../../render/context.js';
import { rendererOf, type FormatName } from '../../render/formats.js';
import { partsFor } from '../../render/index.js';
import { terminalWidth, useColor, type Io } from '../io.js';
import { pseudonymsOf, toAnalyzeOptions } from '../options/analyze-options.js';
import { ANALYZE_OPTIONS, type AnalyzeFlags } from '../options/analyze.js';
import { addOptions, parseOptions } from '../options/table.js';
import { assertOutput, outputOf, writeChunks } from '../output.js';
import { phaseLog } from '../phase-log.js';
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
    .argument('<file>', 'interactions CSV (source,target[,weight][,timestamp]); - reads standard input');
  addOptions(command, ANALYZE_OPTIONS).addHelpText('after', EXAMPLES);
  command.action(async (file: string, given: Record<string, unknown>) => {
    const flags = parseOptions(ANALYZE_OPTIONS, given);
    const out = outputOf('analyze', flags, io);
    const { format } = out;
    const output = out.file;
    const csvOptions = csvStyle(flags, format);
    const compare = flags.compare ?? null;
    // The diff's modules load only for a comparison, as main.ts loads only the command that runs.
    const comparing = compare !== null ? { ...(await import('../compare.js')), ...(await import('../diff-sides.js')) } : null;
    if (comparing && compare !== null) comparing.assertCompareFormat(format, compare, file);
    assertOutput('analyze', out, { inputs: inputFiles(file, flags), rejects: flags.rejects }, io);
    const beforeSide = comparing && compare !== null ? await comparing.detectCompare(compare, file, flags, output, io) : null;

    const log = phaseLog(flags);
    // BEFORE first: a bad or foreign JSON report stops the run before the longer analysis.
    // One set of pseudonyms for both snapshots, as orgnet diff shares one between its sides.
    const pseudonyms = pseudonymsOf(flags, io);
    const options = toAnalyzeOptions(flags);
    const before = comparing && beforeSide ? await comparing.loadSide(beforeSide, flags, options, io, pseudonyms) : null;
    const analysis = await runAnalysis(file, flags, options, io, partsFor(format, flags.table), log, pseudonyms);
    const diff = comparing && before ? comparing.diffAgainst(before, file, analysis, options, flags.quiet === true, io, pseudonyms) : undefined;
    const color = !output && format === 'table' && useColor(io, flags.color);
    const width = terminalWidth(io, output !== null);
    const { top, sort, table, lang } = flags;
    if (flags.withTies === true && format !== 'json') throw new UsageError(`--with-ties applies to --format json only (this run writes ${format}); the ties of any other format: --format csv --table ties`);
    if (table === 'windows' && options.windows === null && (format === 'csv' || format === 'ndjson')) {
      throw new UsageError('--table windows needs --windows SPAN[:STEP], e.g. --windows month');
    }
    const ctx = renderContext({ color, top, sort, width, title: flags.title ?? null, table, csv: csvOptions, lang, withTies: flags.withTies === true, ...(diff ? { compare: diff } : {}), ...(format === 'html' ? { viewer: readViewerAssets() } : {}) });
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
function csvStyle(flags: AnalyzeFlags, format: Format): CsvStyle {
  const excel = flags.excel === true;
  const out = flags.outputDelimiter;
  if ((excel || out !== undefined) && format !== 'csv') {
    throw new UsageError(`${excel ? '--excel' : '--output-delimiter'} applies to --format csv only (this run writes ${format})`);
  }
  const chosen = out ?? (excel ? flags.delimiter : undefined) ?? ',';
  return { delimiter: chosen, decimalComma: excel && chosen === ';', bom: excel };
}
