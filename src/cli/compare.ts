/**
 * `orgnet analyze AFTER --compare BEFORE`: the HTML report with what changed since BEFORE.
 * BEFORE is exactly a side of `orgnet diff` — an interactions file analysed with this run's
 * analysis options, or a JSON report, which keeps its own — read by the same code
 * (diff-sides.ts), and the changes are the diff's own DiffResult, whose AFTER side is this
 * run's analysis: the page and `orgnet diff BEFORE AFTER --format json` say the same.
 *
 * Only the HTML report shows a comparison; `--compare` with another format is a usage error
 * that points to `orgnet diff`, which writes the changes as a table, JSON, Markdown or CSV.
 */
import { resolve } from 'node:path';
import type { Analysis } from '../core/analysis/analyze.js';
import { diffReports, type DiffResult, type DiffSide } from '../core/diff/index.js';
import { UsageError } from '../core/base/errors.js';
import { assertNotInput } from '../io/write-atomic.js';
import { printable } from '../render/printable.js';
import type { Pseudonyms } from '../core/ingest/privacy/pseudonyms.js';
import { alignSides, detectSide, PEOPLE_READ_TWICE, type DetectedSide } from './diff-sides.js';
import type { Io } from './io.js';
import type { AnalysisFlags } from './options/analyze-options.js';
import type { AnalyzeOptions } from '../core/model/options.js';
import { VERSION } from '../io/version.js';

const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

/** The formats that can show a comparison. */
const COMPARE_FORMATS: readonly string[] = ['html'];

/** `--compare` with a format that cannot show it: refused before anything is read. */
export function assertCompareFormat(format: string, before: string, after: string): void {
  if (COMPARE_FORMATS.includes(format)) return;
  throw new UsageError(
    `--compare applies to the HTML report (this run writes ${format}); orgnet diff ${before} ${after} writes the changes as table, json, md or csv`,
  );
}

/** BEFORE's kind, and every conflict between it and the flags, before any work. */
export async function detectCompare(before: string, after: string, flags: Pick<AnalysisFlags, 'people' | 'rejects'>, output: string | null, io: Io): Promise<DetectedSide> {
  if (before === '-' && (after === '-' || flags.people === '-')) throw new UsageError('only one input can be read from standard input (-)');
  if (output && before !== '-') assertNotInput(output, [resolve(io.cwd, before)]);
  const side = await detectSide(before, io);
  if (side.source === 'interactions') {
    if (flags.rejects !== undefined) {
      throw new UsageError(
        `--rejects takes one file, and --compare ${before} is an interactions file too: write its rejected rows with orgnet analyze ${before} --lenient --rejects FILE, or compare with its JSON report`,
      );
    }
    if (flags.people === '-') throw new UsageError(PEOPLE_READ_TWICE);
  }
  return side;
}

/**
 * The diff from BEFORE to this run's analysis; its warnings (options that differ…) on stderr.
 * With --pseudonymize a JSON BEFORE made without it is pseudonymized first, as orgnet diff does.
 */
export function diffAgainst(before: DiffSide, file: string, analysis: Analysis, options: AnalyzeOptions, quiet: boolean, io: Io, pseudonyms: Pseudonyms | null): DiffResult {
  const after: DiffSide = { file: displayName(file), source: 'interactions', report: analysis.report, ties: analysis.index };
  const [b, a] = alignSides([before, after], options, pseudonyms);
  const diff = diffReports(b, a, { version: VERSION, now: io.now });
  if (!quiet) for (const w of diff.meta.warnings) io.stderr.write(`orgnet: warning: ${printable(w)}\n`);
  return diff;
}
