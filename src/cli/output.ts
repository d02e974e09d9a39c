/**
 * Where a command's output goes, the same way for every command: standard output, or `-o PATH`
 * (`-o -` is standard output, as `-` is standard input). The format is the flag's, else the
 * extension of `-o`, else the command's usual one (render/formats.ts). Everything that would
 * make the write fail is found before any work is done; a file is written atomically, a device
 * or a pipe through (src/io/write-atomic.ts), chunk by chunk as the renderer makes them, waiting
 * for a slow reader (a pipe into `head`, a full disk) instead of buffering the whole output.
 */
import { resolve } from 'node:path';
import { UsageError } from '../core/base/errors.js';
import { assertNotInput, assertWritable, pour, writeOutput } from '../io/write-atomic.js';
import { chosenFormat, isBinary, type FormatName, type WritingCommand } from '../render/formats.js';
import type { Chunks } from '../render/output.js';
import type { Io, OutStream } from './io.js';

export interface Output<F extends string> {
  /** Absolute path of the file `-o` names; null for standard output (no `-o`, or `-o -`). */
  file: string | null;
  /** `-o` as the user typed it, for messages; null without `-o`. */
  named: string | null;
  format: F;
}

/** The output of a run, from `-o` and the format flag. */
export function outputOf<K extends WritingCommand>(command: K, flags: { output?: string | undefined; format?: FormatName<K> | undefined }, io: Pick<Io, 'cwd'>): Output<FormatName<K>> {
  const named = flags.output ?? null;
  const file = named !== null && named !== '-' ? resolve(io.cwd, named) : null;
  return { file, named, format: chosenFormat(command, flags.format, file === null ? null : named) };
}

export interface OutputGuard {
  /** The files the run reads, as typed (`-` is standard input). */
  inputs: readonly string[];
  /** `--rejects FILE`, which the output must not replace. */
  rejects?: string | undefined;
  /** What the output is, for the message when it would replace the rejected rows. */
  what?: string;
}

/**
 * Everything that would make the output fail, found before the run reads anything (and
 * writes --rejects): `-o` naming an input, the --rejects file or a path that cannot be written;
 * a binary format bound for standard output without being asked by name, or for a terminal.
 */
export function assertOutput<K extends WritingCommand>(command: K, output: Output<FormatName<K>>, guard: OutputGuard, io: Pick<Io, 'cwd' | 'stdout'>): void {
  const at = (f: string) => (f === '-' ? f : resolve(io.cwd, f));
  if (output.file === null) {
    if (isBinary(command, output.format)) refuseBinaryToStdout(output, io);
    return;
  }
  assertNotInput(output.file, guard.inputs.map(at));
  if (guard.rejects !== undefined && at(guard.rejects) === output.file) {
    throw new UsageError(`-o and --rejects both name ${String(output.named)}; ${guard.what ?? 'the output'} would replace the rejected rows`);
  }
  assertWritable(output.file);
}

/**
 * A workbook is bytes: on a terminal they are noise, and a pipe may not expect them. So
 * standard output gets one only when asked by name (`-o -`), and never a terminal.
 */
function refuseBinaryToStdout(output: Output<string>, io: Pick<Io, 'stdout'>): void {
  const { format } = output;
  if (output.named !== '-') {
    throw new UsageError(`--format ${format} writes a binary file; name it with -o report.${format} (or -o - to send it to standard output)`);
  }
  if (io.stdout.isTTY === true) {
    throw new UsageError(`refusing to write a binary ${format} file to the terminal; redirect it (> report.${format}) or use -o report.${format}`);
  }
}

/** Writes a renderer's chunks to the output: standard output, or the file (atomically, or through). */
export async function writeChunks(chunks: Chunks, output: Output<string>, std: { stdout: OutStream; stderr: OutStream }): Promise<void> {
  if (output.file !== null) await writeOutput(output.file, std, chunks);
  else for await (const chunk of chunks) await pour(std.stdout, chunk);
}
