/**
 * Flags + file → Analysis, shared by every command that analyses (analyze, check):
 * opens the inputs, streams skipped rows to the `--rejects` file, reports warnings.
 */
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analysis/analyze.js';
import { UsageError } from '../core/base/errors.js';
import type { Reject } from '../core/model/ingest.js';
import type { Pseudonyms } from '../core/ingest/privacy/pseudonyms.js';
import type { Parts } from '../core/model/parts.js';
import { openTable, type InputFormat } from '../io/read-stream.js';
import { AtomicLineWriter } from '../io/line-writer.js';
import { interactionsReaderFor } from '../io/pipelined-read.js';
import { kernelProgress, withProgress } from '../io/progress.js';
import { createWorkerRunner } from '../io/worker-runner.js';
import { assertNotInput, assertWritable } from '../io/write-atomic.js';
import { csvCell } from '../render/csv.js';
import { printable } from '../render/printable.js';
import type { Io } from './io.js';
import type { PhaseLog } from './phase-log.js';
import { pseudonymsOf, type AnalysisFlags } from './options/analyze-options.js';
import type { AnalyzeOptions } from '../core/model/options.js';
import { VERSION } from '../io/version.js';

const displayName = (file: string) => (file === '-' ? '<stdin>' : file);

export function inputFiles(file: string, flags: Pick<AnalysisFlags, 'people' | 'hierarchy'>): string[] {
  return [file, ...(flags.people !== undefined ? [flags.people] : []), ...(flags.hierarchy !== undefined ? [flags.hierarchy] : [])];
}

/**
 * `pseudonyms`: those the command already made (diff's two sides share one); undefined makes them
 * from the flags, so a missing salt stops the run before anything is read or written.
 */
export async function runAnalysis(
  file: string,
  flags: AnalysisFlags,
  options: AnalyzeOptions,
  io: Io,
  parts?: Parts,
  log?: PhaseLog | null,
  pseudonyms?: Pseudonyms | null,
): Promise<Analysis> {
  const peopleFile = flags.people ?? null;
  if (!peopleFile && (options.dropAttributes.length > 0 || options.keepAttributes.length > 0)) {
    throw new UsageError(`${options.dropAttributes.length > 0 ? '--drop-attributes' : '--keep-attributes'} names columns of the people file: add --people FILE`);
  }
  const ids = pseudonyms === undefined ? pseudonymsOf(flags, io) : pseudonyms;
  const rejectsFile = flags.rejects ?? null;
  if (rejectsFile && !options.lenient) throw new UsageError('--rejects needs --lenient: without it a bad row stops the run');
  if (rejectsFile === '-') throw new UsageError('--rejects needs a file name: standard output carries the report');
  const hierarchyFile = flags.hierarchy ?? null;
  if ([file, peopleFile, hierarchyFile].filter((f) => f === '-').length > 1) throw new UsageError('only one input can be read from standard input (-)');
  if (hierarchyFile !== null && flags.managerCol !== undefined) throw new UsageError('--hierarchy and --manager-col both give the reporting line: use one');
  const at = (p: string) => (p === '-' ? p : resolve(io.cwd, p));
  if (rejectsFile) {
    assertNotInput(at(rejectsFile), inputFiles(file, flags).map(at));
    assertWritable(at(rejectsFile));
  }

  const quiet = flags.quiet === true;
  const format: InputFormat | undefined = flags.inputFormat;
  // Opened before the inputs: opening a FIFO waits for its reader, and nothing may be read meanwhile.
  const rejects = rejectsFile ? await AtomicLineWriter.create(at(rejectsFile), io) : null;
  rejects?.write('line,reason,row\r\n');
  const onReject = rejects
    ? (r: Reject) => rejects.write(`${r.line},${csvCell(r.reason)},${csvCell(r.raw)}\r\n`)
    : undefined;
  let runner: ReturnType<typeof createWorkerRunner> | null = null;
  try {
    const table = openTable(at(file), io.stdin, displayName(file), format);
    const stream = 'kind' in table ? table : withProgress(table, at(file), displayName(file), io.stderr, quiet);
    const interactions = { stream, file: displayName(file) };
    const people = peopleFile ? { stream: openTable(at(peopleFile), io.stdin, displayName(peopleFile), undefined), file: displayName(peopleFile) } : null;
    const hierarchy = hierarchyFile ? { stream: openTable(at(hierarchyFile), io.stdin, displayName(hierarchyFile), undefined), file: displayName(hierarchyFile) } : null;
    runner = createWorkerRunner({ onProgress: kernelProgress(io.stderr, quiet) });
    const readInteractions = 'kind' in table ? undefined : interactionsReaderFor(at(file));
    const env = { version: VERSION, now: io.now, onReject, runner, parts, timings: log?.timings, pseudonyms: ids, readInteractions };
    const analysis = await analyze({ interactions, people, hierarchy }, options, env);
    await rejects?.commit();
    if (!quiet) {
      for (const w of analysis.report.meta.warnings) io.stderr.write(`orgnet: warning: ${printable(w)}\n`);
    }
    return analysis;
  } catch (error) {
    await rejects?.abort();
    throw error;
  } finally {
    await runner?.close();
  }
}
