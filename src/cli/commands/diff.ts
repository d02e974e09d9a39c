/**
 * `orgnet diff BEFORE AFTER`: what changed between two snapshots (docs/options.md). Each side is an
 * interactions file (analysed with the analysis options) or a JSON report. `--fail-on` rules
 * over the changes make it a CI gate: exit 1 when one holds.
 */
import type { Command } from 'commander';
import { ABOUT } from './about.js';
import { MAX_RULES, tooManyRules } from '../../core/check/config.js';
import { diffReports, evaluateDiffRules, noTiesReason, parseDiffRules, tieRules, type DiffRule } from '../../core/diff/index.js';
import { UsageError } from '../../core/base/errors.js';
import { diffRenderContext } from '../../render/diff/context.js';
import { renderFailOnTable } from '../../render/diff/fail-on.js';
import { rendererOf, type FormatName } from '../../render/formats.js';
import { printable } from '../../render/printable.js';
import { alignSides, detectSides, loadSide, type DetectedSide } from '../diff-sides.js';
import type { DiffSide } from '../../core/diff/diff.js';
import { assertOutput, outputOf, writeChunks, type Output } from '../output.js';
import { useColor, type Io } from '../io.js';
import { pseudonymsOf, toAnalyzeOptions } from '../options/analyze-options.js';
import { DIFF_OPTIONS, type DiffFlags } from '../options/diff.js';
import { addOptions, parseOptions } from '../options/table.js';
import { VERSION } from '../../io/version.js';
import { DIFF_HELP, ignoredFlags } from './diff-help.js';

type DiffFormat = FormatName<'diff'>;

/** Everything that would stop the run, found before any side is analysed. */
function refuseEarly(sides: DetectedSide[], out: Output<DiffFormat>, flags: DiffFlags, io: Io): void {
  const inputs = [...sides.map((s) => s.file), ...(flags.people !== undefined ? [flags.people] : [])];
  assertOutput('diff', out, { inputs, rejects: flags.rejects }, io);
}

/**
 * Tie changes need the ties of both sides: an interactions file, or a JSON report made with
 * --with-ties. The reports are read first (a read, not an analysis), so this too stops the run
 * before any interactions file is analysed.
 */
function refuseWithoutTies(sides: DetectedSide[], reports: (DiffSide | null)[], rules: DiffRule[], flags: DiffFlags, format: DiffFormat): void {
  const hasTies = (s: DetectedSide, k: number) => s.source === 'interactions' || reports[k]?.report.ties !== undefined;
  const noTies = noTiesReason(sides.map((s, k) => ({ file: s.file === '-' ? '<stdin>' : s.file, hasTies: hasTies(s, k) })));
  const tieRule = tieRules(rules)[0];
  if (noTies && tieRule) throw new UsageError(`--fail-on "${tieRule.text}": ${noTies}`);
  if (noTies && format === 'csv' && flags.table === 'ties') throw new UsageError(`--table ties: ${noTies}`);
}

export function diffCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('diff')
    .description(ABOUT.diff.description)
    .argument('<before>', 'the earlier snapshot: interactions CSV or JSON report (- reads standard input)')
    .argument('<after>', 'the later snapshot: interactions CSV or JSON report');
  addOptions(command, DIFF_OPTIONS).addHelpText('after', DIFF_HELP);
  command.action(async (before: string, after: string, given: Record<string, unknown>, self: Command) => {
    const flags = parseOptions(DIFF_OPTIONS, given);
    const failOn = flags.failOn ?? [];
    if (failOn.length > MAX_RULES) throw new UsageError(tooManyRules(failOn.length));
    const rules = parseDiffRules(failOn);
    const out = outputOf('diff', flags, io);
    const { format } = out;
    const output = out.file;
    if (format === 'junit' && rules.length === 0) throw new UsageError('--format junit writes the --fail-on rules: add --fail-on "delta(reciprocity) < -0.05" (repeatable)');
    const sides = await detectSides(before, after, flags, io);
    refuseEarly(sides, out, flags, io);
    const quiet = flags.quiet === true;
    if (!quiet && sides.every((s) => s.source === 'report')) for (const flag of ignoredFlags(self)) io.stderr.write(`orgnet: warning: ${flag} applies to interactions files; both sides are JSON reports, which keep the options they were made with\n`);

    const pseudonyms = pseudonymsOf(flags, io);
    const options = toAnalyzeOptions(flags);
    const started = io.now();
    const reports: (DiffSide | null)[] = [];
    for (const side of sides) reports.push(side.source === 'report' ? await loadSide(side, flags, options, io, pseudonyms) : null);
    refuseWithoutTies(sides, reports, rules, flags, format);
    const loaded: [DiffSide, DiffSide] = [
      reports[0] ?? (await loadSide(sides[0], flags, options, io, pseudonyms)),
      reports[1] ?? (await loadSide(sides[1], flags, options, io, pseudonyms)),
    ];
    const [b, a] = alignSides(loaded, options, pseudonyms);
    const diff = diffReports(b, a, { version: VERSION, now: io.now });
    if (rules.length > 0) diff.failOn = evaluateDiffRules(rules, diff, b, a, flags.allowMissing === true);
    if (!quiet) for (const w of diff.meta.warnings) io.stderr.write(`orgnet: warning: ${printable(w)}\n`);
    const seconds = (io.now().getTime() - started.getTime()) / 1000;
    const color = !output && format === 'table' && useColor(io, flags.color);
    const ctx = diffRenderContext({ color, top: flags.top, table: flags.table, seconds, timestamp: started.toISOString() });
    await writeChunks((await rendererOf('diff', format))(diff, ctx), out, io);
    // The CI log shows which rule held even when stdout carries JSON, CSV or JUnit, or -o a file.
    const rulesShown = !output && (format === 'table' || format === 'md');
    if (diff.failOn && !rulesShown && !quiet) io.stderr.write(renderFailOnTable(diff.failOn));
    setExit(diff.failOn?.tripped ? 1 : 0);
  });
}
