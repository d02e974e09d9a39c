/**
 * The two sides of `orgnet diff`: each an interactions file, analysed now with the command's
 * analysis options (as `analyze` would), or a JSON report written by `orgnet analyze
 * --format json`, which keeps the options it was made with. A side is a report when its name
 * ends in `.json` or its content starts with `{` (a CSV header never does); `-` is standard
 * input, for one side at most.
 */
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { DiffSide } from '../core/diff/diff.js';
import type { SideSource } from '../core/model/diff.js';
import type { Pseudonyms } from '../core/ingest/privacy/pseudonyms.js';
import { UsageError } from '../core/base/errors.js';
import { firstCharacter, headOfFile, peekStream } from '../io/peek.js';
import { openInput } from '../io/read-stream.js';
import { readReport } from '../io/read-report.js';
import type { Io } from './io.js';
import { runAnalysis } from './run-analysis.js';
import { alignNaming } from '../core/analysis/privacy-report.js';
import { reportIndex } from '../core/graph/report-index.js';
import type { AnalysisFlags } from './options/analyze-options.js';
import type { AnalyzeOptions } from '../core/model/options.js';
import type { Report } from '../core/model/report.js';

export interface DetectedSide {
  /** As the user typed it. */
  file: string;
  source: SideSource;
  /** Standard input, replaying what detection read; null for a file. */
  stdin: Readable | null;
}

const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

/** Whether one side is a JSON report or an interactions file (`analyze --compare` reads one side only). */
export async function detectSide(file: string, io: Io): Promise<DetectedSide> {
  if (file === '-') {
    const { head, stream } = await peekStream(io.stdin);
    return { file, source: firstCharacter(head) === '{' ? 'report' : 'interactions', stdin: stream };
  }
  if (extname(file).toLowerCase() === '.json') return { file, source: 'report', stdin: null };
  const head = headOfFile(resolve(io.cwd, file));
  return { file, source: firstCharacter(head) === '{' ? 'report' : 'interactions', stdin: null };
}

/** Two interactions sides each read the people file; standard input can be read only once. */
export const PEOPLE_READ_TWICE = '--people -: both snapshots are interactions files and each reads the people file, but standard input can be read only once; name the people file';

/** Both sides' kinds, and every conflict between them and the flags, before any work. */
export async function detectSides(before: string, after: string, flags: Pick<AnalysisFlags, 'people' | 'rejects'>, io: Io): Promise<[DetectedSide, DetectedSide]> {
  if (before === '-' && after === '-') throw new UsageError('only one side can be read from standard input (-)');
  if (flags.people === '-' && (before === '-' || after === '-')) throw new UsageError('only one input can be read from standard input (-)');
  const sides: [DetectedSide, DetectedSide] = [await detectSide(before, io), await detectSide(after, io)];
  const analysed = sides.filter((s) => s.source === 'interactions');
  if (flags.rejects !== undefined && analysed.length === 2) {
    throw new UsageError('--rejects takes one file, and both sides are interactions files: write each side\'s rejected rows with orgnet analyze --lenient --rejects');
  }
  if (flags.people === '-' && analysed.length === 2) throw new UsageError(PEOPLE_READ_TWICE);
  return sides;
}

/** `pseudonyms`: the command's, shared by both sides (null without --pseudonymize). */
export async function loadSide(side: DetectedSide, flags: AnalysisFlags, options: AnalyzeOptions, io: Io, pseudonyms: Pseudonyms | null): Promise<DiffSide> {
  const file = displayName(side.file);
  if (side.source === 'report') {
    const stream = side.stdin ?? openInput(resolve(io.cwd, side.file), io.stdin, file);
    return { file, source: 'report', report: await readReport(stream, file), ties: null };
  }
  const analysis = await runAnalysis(side.file, flags, options, side.stdin ? { ...io, stdin: side.stdin } : io, undefined, undefined, pseudonyms);
  return { file, source: 'interactions', report: analysis.report, ties: analysis.index };
}

/** Both sides named alike (privacy/report.ts): a JSON report by ids is pseudonymized with --pseudonymize. */
export function alignSides(sides: [DiffSide, DiffSide], options: AnalyzeOptions, pseudonyms: Pseudonyms | null): [DiffSide, DiffSide] {
  const rule = { pseudonymize: options.pseudonymize, drop: options.dropAttributes, keep: options.keepAttributes };
  const named = sides.map((s) => ({ file: s.file, report: s.report, fromJson: s.source === 'report' }));
  const [before, after] = alignNaming(named, pseudonyms, rule);
  // A JSON report made with --with-ties gives its ties, named as the other side names people.
  const ties = (side: DiffSide, report: Report) => (side.source === 'report' ? reportIndex(report) : side.ties);
  return [
    { ...sides[0], report: before!, ties: ties(sides[0], before!) },
    { ...sides[1], report: after!, ties: ties(sides[1], after!) },
  ];
}
