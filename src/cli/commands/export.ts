/**
 * `orgnet export FILE --to gexf|graphml|json -o PATH` (docs/options.md): the graph, with every person
 * field as node attributes and every tie's weight, count, first and last as edge attributes,
 * for Gephi, Cytoscape, yEd, networkx or graphology. Every analysis option applies, since the
 * attributes are the report's figures. `-o` writes atomically; without it the file goes to stdout.
 */
import type { Command } from 'commander';
import { ABOUT } from './about.js';
import { UsageError } from '../../core/base/errors.js';
import { renderContext } from '../../render/context.js';
import { rendererOf, type FormatName } from '../../render/formats.js';
import { xmlSafe, xmlUnsafeNames } from '../../render/export/xml.js';
import type { Analysis } from '../../core/analysis/analyze.js';
import { assertOutput, outputOf, writeChunks } from '../output.js';
import type { Io } from '../io.js';
import { toAnalyzeOptions } from '../options/analyze-options.js';
import { EXPORT_OPTIONS } from '../options/export.js';
import { addOptions, parseOptions } from '../options/table.js';
import { inputFiles, runAnalysis } from '../run-analysis.js';

type ExportFormat = FormatName<'export'>;

const EXAMPLES = `
Examples:
  $ orgnet export chat.csv --people people.csv -o org.gexf          # Gephi: File > Open
  $ orgnet export chat.csv --people people.csv -o org.graphml       # Cytoscape, yEd: File > Import > Network
  $ orgnet export chat.csv --people people.csv -o org.json          # graphology: Graph.from(JSON.parse(…))
  $ orgnet export chat.csv --to graphml | python3 -c "import sys, networkx as nx; print(nx.read_graphml(sys.stdin.buffer))"

Exit codes: 0 success, 2 bad usage or bad input, 3 internal error.`;

export function exportCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('export')
    .description(ABOUT.export.description)
    .argument('<file>', 'interactions CSV (source,target[,weight][,timestamp]); - reads standard input');
  addOptions(command, EXPORT_OPTIONS).addHelpText('after', EXAMPLES);
  command.action(async (file: string, given: Record<string, unknown>) => {
    const flags = parseOptions(EXPORT_OPTIONS, given);
    const out = outputOf('export', { output: flags.output, format: flags.to }, io);
    const { format } = out;
    assertOutput('export', out, { inputs: inputFiles(file, flags), rejects: flags.rejects }, io);

    const analysis = await runAnalysis(file, flags, toAnalyzeOptions(flags), io);
    if (format !== 'json') checkXmlNames(analysis, format, flags.quiet === true, io);
    await writeChunks((await rendererOf('export', format))(analysis, renderContext()), out, io);
    setExit(0);
  });
}

/** XML cannot carry control characters: say which names change, and refuse two that would merge. */
function checkXmlNames(analysis: Analysis, format: ExportFormat, quiet: boolean, io: Io): void {
  const changed = xmlUnsafeNames(analysis);
  if (changed === 0) return;
  const seen = new Map<string, string>();
  for (const { id } of analysis.report.people) {
    const safe = xmlSafe(id);
    const other = seen.get(safe);
    if (other !== undefined) {
      throw new UsageError(`people ${JSON.stringify(other)} and ${JSON.stringify(id)} differ only in control characters, which ${format} (XML) cannot carry; use --to json`);
    }
    seen.set(safe, id);
  }
  if (!quiet) {
    io.stderr.write(`orgnet: warning: ${changed === 1 ? '1 name holds' : `${changed} names hold`} control characters that ${format} (XML) cannot carry; written as visible escapes such as \\x1b (--to json keeps them)\n`);
  }
}
